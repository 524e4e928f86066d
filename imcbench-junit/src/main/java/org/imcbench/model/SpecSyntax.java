package org.imcbench.model;

import java.util.regex.Pattern;

/** How the part of a model spec after {@code <provider>:} is written, one way per kind of provider. */
enum SpecSyntax {
    /** {@code <provider>:<model>}; the base URL is the provider's default. */
    PLAIN {
        @Override
        ModelSpec read(Provider provider, String spec, String rest) {
            return new ModelSpec(provider, rest, provider.defaultBaseUrl());
        }
    },
    /** {@code <provider>:<http(s) base URL>#<model>}. */
    BASE_AND_MODEL {
        @Override
        ModelSpec read(Provider provider, String spec, String rest) {
            int hash = rest.lastIndexOf('#');
            if (hash <= 0 || hash == rest.length() - 1) {
                throw ModelSpec.invalid(spec, "expected " + provider.scheme() + ":<base URL>#<model>");
            }
            String base = rest.substring(0, hash);
            if (!base.startsWith("http://") && !base.startsWith("https://")) {
                throw ModelSpec.invalid(spec, "the base URL must start with http:// or https://");
            }
            if (base.substring(base.indexOf("://") + 3).split("/", 2)[0].contains("@")) {
                throw ModelSpec.invalid(spec, "credentials do not belong in the URL: secrets go in environment "
                        + "variables only (Surefire copies -D system properties into TEST-*.xml); name the environment "
                        + "variable that holds the key with imcbench.<role>.api-key-env");
            }
            return new ModelSpec(provider, rest.substring(hash + 1), base);
        }

        @Override
        String write(ModelSpec spec) {
            return spec.provider().scheme() + ":" + spec.baseUrl() + "#" + spec.model();
        }

        @Override
        String modelPart(String rest) {
            return rest.substring(rest.lastIndexOf('#') + 1);
        }
    },
    /**
     * {@code <provider>:[<region>/]<model id>}: with a region the base URL is the provider's default in
     * that region; without one the base URL and region are empty (the environment names the region
     * when the model is made).
     */
    REGION_AND_MODEL {
        @Override
        ModelSpec read(Provider provider, String spec, String rest) {
            int slash = rest.indexOf('/');
            if (slash > 0 && AWS_REGION.matcher(rest.substring(0, slash)).matches()) {
                String region = rest.substring(0, slash);
                if (slash == rest.length() - 1) {
                    throw ModelSpec.invalid(spec, "expected " + provider.scheme() + ":<region>/<model id>");
                }
                return new ModelSpec(provider, rest.substring(slash + 1), provider.baseUrlIn(region), region);
            }
            return new ModelSpec(provider, rest, "", "");
        }
    };

    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    /**
     * The spec of the text after {@code <provider>:}.
     *
     * @param spec the whole spec, for error messages
     * @throws IllegalArgumentException if the text is malformed
     */
    abstract ModelSpec read(Provider provider, String spec, String rest);

    /** The spec in canonical form, the inverse of {@link #read}. */
    String write(ModelSpec spec) {
        return spec.provider().scheme() + ":" + (spec.region().isEmpty() ? "" : spec.region() + "/") + spec.model();
    }

    /** The part of the text after {@code <provider>:} that names the model, for family matching. */
    String modelPart(String rest) {
        return rest;
    }
}
