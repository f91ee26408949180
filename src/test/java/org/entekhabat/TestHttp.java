package org.entekhabat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real HTTP against the test server: Basic auth for the API, a cookie jar for the browser flow. */
public final class TestHttp {

    private final String base;
    private final HttpClient client;

    private TestHttp(int port, boolean cookies) {
        this.base = "http://localhost:" + port;
        var builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) builder.cookieHandler(new CookieManager());
        this.client = builder.build();
    }

    public static TestHttp api(int port) { return new TestHttp(port, false); }
    public static TestHttp browser(int port) { return new TestHttp(port, true); }

    public HttpResponse<String> get(String path, String user, String password) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) b.header("Authorization", basic(user, password));
        return send(b);
    }

    public HttpResponse<String> get(String path) {
        return get(path, null, null);
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        var b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) b.header("Authorization", basic(user, password));
        return send(b);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String base() { return base; }

    /** Signs in through the login form (with its CSRF token); the cookie jar keeps the session. */
    public TestHttp login(String user, String password) {
        String token = csrf(get("/login").body());
        var response = postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed for " + user + ": " + response.statusCode());
        }
        return this;
    }

    /** The CSRF token of the first form on a page. */
    public static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) throw new AssertionError("no CSRF token in page:\n" + html);
        return m.group(1);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
