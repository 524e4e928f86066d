package org.imcbench.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium on local pages, driven by its command line: {@code --dump-dom} gives
 * the page after its scripts ran, {@code --enable-logging=stderr} prints every console message and
 * uncaught error as a {@code CONSOLE} line, {@code --log-net-log} records every request, and
 * {@code --screenshot} saves the picture.
 */
final class Chromium {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Path work;

    /** @param work a folder for profiles and captured output */
    Chromium(Path work) {
        this.work = work;
    }

    /** What a page printed: its rendered DOM and its console lines. */
    record Result(String stdout, List<String> console) {
    }

    /** The page after its scripts ran, timers fast-forwarded through a virtual time budget of 5 s. */
    Result dumpDom(String url) throws IOException, InterruptedException {
        return run(url, "--virtual-time-budget=5000", "--dump-dom");
    }

    /** The page once loaded, in real time: {@code performance.now()} measures what scripts cost. */
    Result dumpDomInRealTime(String url) throws IOException, InterruptedException {
        return run(url, "--dump-dom");
    }

    /** Renders the page with a net log, and returns the log's text (JSON). */
    String netLog(String url) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "netlog", ".json");
        run(url, "--virtual-time-budget=5000", "--dump-dom", "--log-net-log=" + log, "--net-log-capture-mode=Everything");
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        run(url, "--virtual-time-budget=5000", "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");
    }

    /** A copy of a page, beside it, with one more inline script run after the page's own. */
    static Path copyWithScript(Path page, String name, String script) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path copy = page.resolveSibling(name);
        Files.writeString(copy, html.replace("</body>", "<script>" + script + "</script></body>"),
                StandardCharsets.UTF_8);
        return copy;
    }

    private Result run(String url, String... mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(work, "chromium"),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(mode));
        command.add(url);
        Path stdout = Files.createTempFile(work, "out", ".txt");
        Path stderr = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(":CONSOLE")).toList();
        return new Result(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }
}
