package org.imcbench.cases;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A case file found in a {@link CaseDirectory}: on the file system or a classpath resource.
 *
 * @param uri the file's URI ({@code file:} or {@code jar:})
 * @param displayName how messages name it: a path, or {@code classpath:} and the resource name
 * @param path the file on disk, when it is one
 * @param classpathResource the resource name, when it was found on the classpath
 */
public record CaseFile(URI uri, String displayName, Optional<Path> path, Optional<String> classpathResource) {
    /** Checks every component. */
    public CaseFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(classpathResource, "classpathResource");
    }

    /** A case file on disk. */
    public static CaseFile of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new CaseFile(absolute.toUri(), absolute.toString(), Optional.of(absolute), Optional.empty());
    }

    /** A case file on the classpath. */
    public static CaseFile ofResource(String resourceName, URL url) {
        try {
            Path path = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
            return new CaseFile(url.toURI(), "classpath:" + resourceName, Optional.ofNullable(path),
                    Optional.of(resourceName));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("classpath resource " + resourceName + " has no valid URI: " + url, e);
        }
    }

    /** The file's URL, for reading. */
    public URL url() {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("case file URI is not a URL: " + uri, e);
        }
    }

    /** The file name without directories. */
    public String fileName() {
        String name = displayName;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
