package org.entekhabat.polling.node;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A browser without a browser: cookies, the CSRF token from the form page, form posts, redirects followed. */
final class FormClient {

    record Page(int status, String body) {
        boolean contains(String s) { return body.contains(s); }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();

    FormClient(String base) {
        this.base = base;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** GETs {@code formPage} for its CSRF token, then POSTs the fields to {@code action}. */
    Page post(String formPage, String action, String... fields) {
        var m = CSRF.matcher(get(formPage).body());
        if (!m.find()) throw new AssertionError("no CSRF token on " + formPage);
        var form = new LinkedHashMap<String, String>();
        form.put("_csrf", m.group(1));
        for (int i = 0; i < fields.length; i += 2) form.put(fields[i], fields[i + 1]);
        return postForm(action, form);
    }

    Page postForm(String action, Map<String, String> form) {
        var body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest request) {
        try {
            var r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first element carrying {@code data-testid="id"} (attributes may follow). */
    static String testId(String html, String id) {
        var m = Pattern.compile("data-testid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static String attr(String html, String id, String attr) {
        var m = Pattern.compile("data-testid=\"" + Pattern.quote(id) + "\"[^>]*" + attr + "=\"([^\"]*)\"").matcher(html);
        if (m.find()) return m.group(1);
        m = Pattern.compile(attr + "=\"([^\"]*)\"[^>]*data-testid=\"" + Pattern.quote(id) + "\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
