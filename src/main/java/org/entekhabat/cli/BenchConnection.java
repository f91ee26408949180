package org.entekhabat.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A load generator's HTTP/1.1 connection: one kept-alive socket, one request at a time, like wrk.
 * It sends a request already signed by the station client ({@code SignedRequestClient.sign}), byte
 * for byte what the JDK client would send, so the server does all its usual work; it just costs
 * the benchmark machine far less CPU than the JDK's HttpClient, which matters when client and
 * server share two cores. Not a general HTTP client: no TLS, no redirects, no 1xx.
 */
final class BenchConnection implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private BufferedInputStream in;
    private BufferedOutputStream out;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream(512);

    BenchConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The response's status code and body. */
    record Response(int status, String body) {}

    Response send(HttpRequest signed, byte[] body) throws IOException {
        if (socket == null) connect();
        var uri = signed.uri();
        head.reset();
        write(signed.method() + " " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n");
        signed.headers().map().forEach((name, values) -> values.forEach(v -> write(name + ": " + v + "\r\n")));
        write("Content-Length: " + body.length + "\r\n\r\n");
        out.write(head.toByteArray());
        out.write(body);
        out.flush();
        return read();
    }

    private void write(String s) {
        head.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    private Response read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
        }
        var body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        }
        if (close) close();
        return new Response(code, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        var sb = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new EOFException("connection closed by the server");
            if (c != '\r') sb.append((char) c);
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) socket.close();
        socket = null;
    }
}
