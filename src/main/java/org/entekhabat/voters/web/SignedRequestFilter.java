package org.entekhabat.voters.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.entekhabat.polling.RequestSignature;
import org.entekhabat.voters.internal.SignedRequestVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authentication of {@code /station-api/**}: reads the body, checks the device signature, and
 * either passes the request on (with the device as a request attribute) or answers 401 with a
 * problem detail before any controller runs, so a refused request changes nothing.
 *
 * <p>One transaction per request, around both the check and the controller: the request's nonce
 * and its work (e.g. the ledger claim) commit together, with one durable WAL flush instead of two.
 * The answer is held in memory until that commit has returned, so no 200 leaves central before
 * the claim is on disk; if the commit fails, the station gets an error and retries with a new nonce.
 */
class SignedRequestFilter extends OncePerRequestFilter {

    static final String DEVICE = org.entekhabat.voters.RegisteredDevice.REQUEST_ATTRIBUTE;
    private static final Logger log = LoggerFactory.getLogger(SignedRequestFilter.class);
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final SignedRequestVerifier verifier;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    SignedRequestFilter(SignedRequestVerifier verifier, JsonMapper json, PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.json = json;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setName("station-api");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = readBody(request);
        if (body.length > MAX_BODY) {
            refuse(response, request, 413, "station-auth.too-large", "درخواست بیش از اندازه بزرگ است.", "The request is too large.");
            return;
        }
        var headers = new SignedRequestVerifier.SignedHeaders(request.getHeader(RequestSignature.DEVICE_ID),
                request.getHeader(RequestSignature.TIMESTAMP), request.getHeader(RequestSignature.NONCE),
                request.getHeader(RequestSignature.SIGNATURE));
        var held = new ContentCachingResponseWrapper(response); // flush() on it sends nothing
        boolean committed;
        try {
            committed = Boolean.TRUE.equals(transactions.execute(status -> {
                var device = verifier.verify(request.getMethod(), request.getRequestURI(), headers, body);
                request.setAttribute(DEVICE, device);
                try {
                    chain.doFilter(new CachedBody(request, body), held);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (!status.isRollbackOnly()) return true;
                status.setRollbackOnly(); // a handled failure inside: roll back quietly, see below
                return false;
            }));
        } catch (SignedRequestVerifier.Refused e) {
            log.warn("refused station request {} {} from device {}: {}", request.getMethod(), request.getRequestURI(),
                    headers.deviceId(), e.code());
            refuse(response, request, 401, e.code(), e.messageFa(), e.getMessage());
            return;
        } catch (ChainFailure e) {
            if (e.getCause() instanceof ServletException s) throw s;
            throw (IOException) e.getCause();
        }
        if (!committed && held.getStatus() < 400) {
            // the controller answered success but its work was rolled back: that answer must not go out
            log.error("station request {} {} rolled back after a success answer", request.getMethod(), request.getRequestURI());
            held.resetBuffer();
            refuse(response, request, 500, "station-api.rolled-back", "درخواست انجام نشد؛ دوباره بفرستید.",
                    "The request was not carried out; send it again.");
            return;
        }
        held.copyBodyToResponse();
        try {
            verifier.pruneNowAndThen();
        } catch (RuntimeException e) {
            log.warn("could not prune old request nonces (will retry in a minute): {}", e.toString());
        }
    }

    /** The body; read straight into an array of the announced length when there is one (the usual case). */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        long announced = request.getContentLengthLong();
        if (announced < 0 || announced > MAX_BODY) return request.getInputStream().readNBytes(MAX_BODY + 1);
        byte[] body = request.getInputStream().readNBytes((int) announced);
        if (body.length != announced) throw new java.io.EOFException("the request body ended early");
        return body;
    }

    /** Carries a checked exception of the filter chain out of the transaction callback (which rolls back). */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    private void refuse(HttpServletResponse response, HttpServletRequest request, int status, String code, String fa, String en)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "https://entekhabat.org/problems/" + code);
        problem.put("title", code);
        problem.put("status", status);
        problem.put("detail", en);
        problem.put("instance", request.getRequestURI());
        problem.put("message_fa", fa);
        problem.put("message_en", en);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The request with its body already read (the signature covered exactly these bytes). */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }
    }
}
