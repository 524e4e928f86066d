package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * A folder of case files: a directory ({@code src/test/resources/cases}) or a classpath folder
 * ({@code classpath:imcbench/starter}, also inside a jar). Lists its case files ({@code *.json},
 * {@code *.jsonl}) recursively, sorted by name, so discovery order is the same on every machine. A
 * suite file ({@code <name>.suite.json}) directly in the folder may narrow the list with globs.
 */
public final class CaseDirectory {
    private static final String CLASSPATH = "classpath:";

    private final String location;
    private final ClassLoader classLoader;
    /** The folder's files, listed once ({@link #files()}), perhaps ahead in the background ({@link #listAhead()}). */
    private final FutureTask<List<CaseFile>> files = new FutureTask<>(this::listFiles);
    /** The suite file, once it was read ({@link #suiteFile()}); {@code null} before. */
    private Optional<SuiteFile> suiteFile;

    private CaseDirectory(String location, ClassLoader classLoader) {
        this.location = location;
        this.classLoader = classLoader;
    }

    /**
     * A case folder from its location: {@code classpath:dir} or a file-system path.
     *
     * @param location where the cases are
     * @param classLoader loads classpath folders
     */
    public static CaseDirectory of(String location, ClassLoader classLoader) {
        String normalized = location.startsWith(CLASSPATH)
                ? CLASSPATH + trimSlashes(location.substring(CLASSPATH.length()))
                : Path.of(location).toAbsolutePath().normalize().toString();
        return new CaseDirectory(normalized, classLoader);
    }

    /** The normalized location: {@code classpath:dir} or an absolute path. */
    public String location() {
        return location;
    }

    /** Whether the location is a classpath folder. */
    public boolean isClasspath() {
        return location.startsWith(CLASSPATH);
    }

    /**
     * Every case file in the folder and its subfolders that the suite file's {@code cases} globs
     * select (all of them without a suite file), sorted by path.
     *
     * @throws IllegalArgumentException when the folder does not exist
     * @throws CaseFormatException when the suite file is not valid
     */
    public List<CaseFile> list() {
        List<String> globs = suiteFile().map(SuiteFile::cases).orElse(List.of());
        List<PathMatcher> matchers = globs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        return files().stream()
                .filter(file -> CaseFiles.isCaseFile(file.fileName()))
                .filter(file -> matchers.isEmpty()
                        || matchers.stream().anyMatch(matcher -> matcher.matches(Path.of(file.pathInSuite()))))
                .toList();
    }

    /**
     * The suite file directly in the folder, if there is one; read once (its problem, again on every call).
     *
     * @throws IllegalArgumentException when the folder does not exist or holds more than one suite file
     * @throws CaseFormatException when the suite file is not valid
     */
    public synchronized Optional<SuiteFile> suiteFile() {
        if (suiteFile == null) {
            suiteFile = readSuiteFile();
        }
        return suiteFile;
    }

    private Optional<SuiteFile> readSuiteFile() {
        List<CaseFile> suiteFiles = (isClasspath() ? files() : topLevelSuiteFiles(Path.of(location))).stream()
                .filter(file -> CaseFiles.isSuiteFile(file.fileName()) && !file.pathInSuite().contains("/"))
                .toList();
        if (suiteFiles.size() > 1) {
            throw new IllegalArgumentException("case folder " + location + " holds more than one suite file: "
                    + suiteFiles.stream().map(CaseFile::fileName).toList());
        }
        if (suiteFiles.isEmpty()) {
            return Optional.empty();
        }
        CaseFile file = suiteFiles.get(0);
        try (InputStream in = file.open()) {
            return Optional.of(SuiteFileReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    file.displayName()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read suite file " + file.displayName(), e);
        }
    }

    /**
     * Starts listing the folder on a thread of its own, so that the listing of a large folder and the reading of its
     * suite file (whose schema is loaded on first use) overlap; {@link #list()} takes the listing, or its problem.
     * Does nothing for a classpath folder or once the folder was listed.
     */
    public void listAhead() {
        if (!isClasspath() && !files.isDone()) {
            Thread lister = new Thread(files, "imcbench-case-lister");
            lister.setDaemon(true);
            lister.start();
        }
    }

    /** Every case and suite file of the folder, sorted by display name; listed once. */
    private List<CaseFile> files() {
        files.run();
        try {
            return files.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing case folder " + location, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<CaseFile> listFiles() {
        List<CaseFile> files = isClasspath() ? listClasspath(location.substring(CLASSPATH.length()))
                : listDirectory(Path.of(location));
        return files.stream().sorted(Comparator.comparing(CaseFile::displayName)).toList();
    }

    private static boolean isListed(Path file) {
        String name = file.getFileName().toString();
        return CaseFiles.isCaseFile(name) || CaseFiles.isSuiteFile(name);
    }

    /**
     * The case and suite files of a directory and its subfolders: regular files and links to them, by the walk's
     * own attributes (only a link is looked at again).
     */
    private static List<CaseFile> listDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("case folder " + directory + " does not exist");
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        try (Stream<Path> paths = Files.find(directory, Integer.MAX_VALUE, (path, attributes) -> isListed(path)
                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path)))) {
            return paths.map(path -> CaseFile.of(path, directory, workingDirectory)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list case folder " + directory, e);
        }
    }

    /**
     * The suite files directly in a directory, told by name first (not below it, and no other file looked at:
     * a folder may hold thousands of case files).
     */
    private static List<CaseFile> topLevelSuiteFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("case folder " + directory + " does not exist");
        }
        List<CaseFile> files = new ArrayList<>();
        try (DirectoryStream<Path> named = Files.newDirectoryStream(directory,
                path -> CaseFiles.isSuiteFile(path.getFileName().toString()))) {
            for (Path path : named) {
                if (Files.isRegularFile(path)) {
                    files.add(CaseFile.of(path, directory));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list case folder " + directory, e);
        }
        files.sort(Comparator.comparing(CaseFile::displayName));
        return files;
    }

    private List<CaseFile> listClasspath(String folder) {
        List<CaseFile> files = new ArrayList<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(folder);
            if (!roots.hasMoreElements()) {
                throw new IllegalArgumentException("case folder classpath:" + folder + " is not on the classpath");
            }
            while (roots.hasMoreElements()) {
                files.addAll(listClasspathRoot(folder, roots.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list case folder classpath:" + folder, e);
        }
        return files;
    }

    private List<CaseFile> listClasspathRoot(String folder, URL root) throws IOException {
        try {
            if ("file".equals(root.getProtocol())) {
                Path directory = Path.of(root.toURI());
                return walk(directory, folder);
            }
            if ("jar".equals(root.getProtocol())) {
                try (FileSystem jar = jarFileSystem(root)) {
                    return walk(jar.getPath("/" + folder), folder);
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("unusable classpath URL " + root, e);
        }
        throw new IllegalArgumentException("case folder classpath:" + folder + " is at an unsupported URL: " + root);
    }

    private List<CaseFile> walk(Path directory, String folder) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            List<CaseFile> files = new ArrayList<>();
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path) && isListed(path)) {
                    String inSuite = directory.relativize(path).toString().replace('\\', '/');
                    String name = folder.isEmpty() ? inSuite : folder + "/" + inSuite;
                    URL url = classLoader.getResource(name);
                    if (url != null) {
                        files.add(CaseFile.ofResource(name, url, inSuite));
                    }
                }
            }
            return files;
        }
    }

    private static FileSystem jarFileSystem(URL root) throws IOException, URISyntaxException {
        // A private zip file system: never conflicts with one another library opened for the same jar.
        String jar = root.toURI().getRawSchemeSpecificPart();
        return FileSystems.newFileSystem(Path.of(java.net.URI.create(jar.substring(0, jar.indexOf("!/")))));
    }

    private static String trimSlashes(String value) {
        String trimmed = value;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
