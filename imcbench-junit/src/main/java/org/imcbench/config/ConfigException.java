package org.imcbench.config;

/** A configuration value that cannot be used; the message names the key, the value and the source. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the key and what is wrong. */
    public ConfigException(String message) {
        super(message);
    }
}
