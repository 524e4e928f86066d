package org.imcbench.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The credentials of one model as its provider's {@link Provider.ProtocolFactory} reads them: the
 * variable named in configuration, else the provider's conventional one. Error messages name the
 * variable, never its value.
 */
final class ProviderKeys {
    private final Optional<String> named;
    private final List<String> conventional;
    private final Function<String, String> environment;

    /**
     * Creates the lookup.
     *
     * @param named the variable named in configuration ({@code imcbench.<role>.api-key-env}), if any
     * @param conventional the provider's {@link Provider#keyVariables()}
     * @param environment looks up environment variables, e.g. {@code System::getenv}
     */
    ProviderKeys(Optional<String> named, List<String> conventional, Function<String, String> environment) {
        this.named = named.filter(name -> !name.isBlank());
        this.conventional = conventional;
        this.environment = environment;
    }

    /** The variable named in configuration, if any. */
    Optional<String> named() {
        return named;
    }

    /**
     * The key from the named variable, else from the provider's first conventional one.
     *
     * @throws IllegalArgumentException if that variable is unset or empty
     */
    String required() {
        return key(named.orElseGet(() -> conventional.get(0)));
    }

    /**
     * The key from the named variable, or none when no variable is named.
     *
     * @throws IllegalArgumentException if a named variable is unset or empty
     */
    Optional<String> optional() {
        return named.map(this::key);
    }

    /** A variable's non-blank value, stripped. */
    Optional<String> value(String variable) {
        return Optional.ofNullable(environment.apply(variable)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private String key(String variable) {
        return value(variable).orElseThrow(
                () -> new IllegalArgumentException("the API key variable " + variable + " is not set"));
    }
}
