package org.imcbench.report.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.imcbench.report.SuiteReport;

/**
 * Report pages for assertions on their HTML: written into memory (the reports of the tests are
 * small), and with their case views' chunks inflated in place, as the page's script inflates them.
 */
public final class Pages {
    private static final Pattern CHUNK = Pattern.compile(
            "<script type=\"application/x-imcbench-cases\" id=\"[^\"]*\">([A-Za-z0-9+/=]*)</script>");

    private Pages() {
    }

    /** The page of one report, its case views inflated. */
    public static String page(SuiteReport report, ImageSource images) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(report, images, out);
        return inflated(out.toString(StandardCharsets.UTF_8));
    }

    /** The comparison page of these reports, its case views inflated. */
    public static String comparison(List<SuiteReport> reports, ImageSource images) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.writeComparison(reports, images, out);
        return inflated(out.toString(StandardCharsets.UTF_8));
    }

    /** The page with each chunk of case views replaced by the views' HTML. */
    public static String inflated(String page) {
        Matcher chunk = CHUNK.matcher(page);
        StringBuilder inflated = new StringBuilder();
        while (chunk.find()) {
            chunk.appendReplacement(inflated, Matcher.quoteReplacement(gunzip(chunk.group(1))));
        }
        return chunk.appendTail(inflated).toString();
    }

    /** The HTML of each chunk of case views of the page, in the page's order. */
    public static List<String> chunks(String page) {
        return CHUNK.matcher(page).results().map(chunk -> gunzip(chunk.group(1))).toList();
    }

    private static String gunzip(String base64) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
