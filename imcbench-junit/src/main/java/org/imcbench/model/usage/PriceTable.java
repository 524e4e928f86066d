package org.imcbench.model.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.imcbench.model.Provider;

/**
 * Token prices per model, from the table shipped with IMCBench ({@value #BUILT_IN}: list prices on a
 * stated date) and optionally a user's file of the same form, whose entries take precedence:
 *
 * <pre>{@code
 * {"models": {"gpt-4.1": {"inputPerMillion": 2.00, "outputPerMillion": 8.00}}}
 * }</pre>
 *
 * <p>A model name is looked up as given ({@code openai:gpt-4.1}), then by the part after the
 * {@code #} of an {@code openai-compatible:} name, then by the part after the provider prefix
 * ({@code gpt-4.1}, {@code us.amazon.nova-pro-v1:0}). The built-in {@code demo:} models are free. A
 * model without an entry has no price: its cost is unknown, never 0.
 */
public final class PriceTable {
    /** The class-path resource of the shipped table. */
    public static final String BUILT_IN = "/org/imcbench/model/usage/prices.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Price FREE = new Price(0, 0);

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The shipped table. */
    public static PriceTable builtIn() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the price table " + BUILT_IN + " is missing from the class path");
            }
            return new PriceTable(parse(JSON.readTree(in), BUILT_IN));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the price table " + BUILT_IN, e);
        }
    }

    /**
     * The shipped table with the entries of a user's file added or replaced.
     *
     * @throws IllegalArgumentException when the file cannot be read or is not a price table
     */
    public PriceTable overriddenBy(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read the price table " + file + ": " + e.getMessage(), e);
        }
        Map<String, Price> merged = new HashMap<>(prices);
        merged.putAll(parse(root, file.toString()));
        return new PriceTable(merged);
    }

    /** The price of a model, if the table has one. */
    public Optional<Price> find(String modelName) {
        if (modelName.startsWith(Provider.DEMO.scheme() + ":")) {
            return Optional.of(FREE);
        }
        Price exact = prices.get(modelName);
        if (exact != null) {
            return Optional.of(exact);
        }
        int hash = modelName.lastIndexOf('#');
        if (hash >= 0) {
            return Optional.ofNullable(prices.get(modelName.substring(hash + 1)));
        }
        int colon = modelName.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(prices.get(modelName.substring(colon + 1)));
    }

    private static Map<String, Price> parse(JsonNode root, String origin) {
        JsonNode models = root == null ? null : root.get("models");
        if (models == null || !models.isObject()) {
            throw new IllegalArgumentException("price table " + origin + " has no \"models\" object");
        }
        Map<String, Price> result = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = models.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode input = entry.getValue().get("inputPerMillion");
            JsonNode output = entry.getValue().get("outputPerMillion");
            if (input == null || !input.isNumber() || output == null || !output.isNumber()) {
                throw new IllegalArgumentException("price table " + origin + ": model '" + entry.getKey()
                        + "' needs numbers inputPerMillion and outputPerMillion");
            }
            result.put(entry.getKey(), new Price(input.asDouble(), output.asDouble()));
        }
        return result;
    }
}
