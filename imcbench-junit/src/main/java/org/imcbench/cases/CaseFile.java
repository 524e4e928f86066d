package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
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
 * @param pathInSuite the file's path relative to its suite folder, with {@code /} separators;
 *     relative image paths must not leave that folder
 */
public record CaseFile(URI uri, String displayName, Optional<Path> path, Optional<String> classpathResource,
        String pathInSuite) {
    /** Checks every component. */
    public CaseFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(classpathResource, "classpathResource");
        Objects.requireNonNull(pathInSuite, "pathInSuite");
    }

    /** A case file on disk, alone: its folder is its suite folder. */
    public static CaseFile of(Path file) {
        return of(file, file.toAbsolutePath().normalize().getParent());
    }

    /** A case file on disk in the suite folder {@code suiteFolder} (or a subfolder of it). */
    public static CaseFile of(Path file, Path suiteFolder) {
        return of(file, suiteFolder, Path.of("").toAbsolutePath());
    }

    /** Like {@link #of(Path, Path)}, named relative to {@code workingDirectory} (the listing of a folder asks once). */
    static CaseFile of(Path file, Path suiteFolder, Path workingDirectory) {
        Path absolute = file.toAbsolutePath().normalize();
        String inSuite = suiteFolder.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
        return new CaseFile(absolute.toUri(), displayName(absolute, workingDirectory), Optional.of(absolute),
                Optional.empty(), inSuite);
    }

    /** A path below the working directory relative to it (as a user typed it), any other path absolute. */
    private static String displayName(Path absolute, Path workingDirectory) {
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A case file on the classpath, alone: its folder is its suite folder. */
    public static CaseFile ofResource(String resourceName, URL url) {
        return ofResource(resourceName, url, resourceName.substring(resourceName.lastIndexOf('/') + 1));
    }

    /** A case file on the classpath at {@code pathInSuite} below its suite folder. */
    public static CaseFile ofResource(String resourceName, URL url, String pathInSuite) {
        try {
            Path path = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
            return new CaseFile(url.toURI(), "classpath:" + resourceName, Optional.ofNullable(path),
                    Optional.of(resourceName), pathInSuite);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("classpath resource " + resourceName + " has no valid URI: " + url, e);
        }
    }

    /** Opens the file's bytes: a file on disk directly, a classpath resource through its URL. */
    public InputStream open() throws IOException {
        return path.isPresent() ? Files.newInputStream(path.get()) : url().openStream();
    }

    /** The file's URL, for reading. */
    public URL url() {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("case file URI is not a URL: " + uri, e);
        }
    }

    /** Whether the file holds one case per line ({@code .jsonl}). */
    public boolean isJsonLines() {
        return displayName.endsWith(".jsonl");
    }

    /** The file name without directories. */
    public String fileName() {
        String name = displayName;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
