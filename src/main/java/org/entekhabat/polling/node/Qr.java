package org.entekhabat.polling.node;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.entekhabat.polling.SignedStationReport;

/**
 * The QR code on a printed station report (like the urna's boletim): the whole signed text when it
 * fits, otherwise station, report hash and signature, enough to find and check the published report.
 */
final class Qr {

    static final int WHOLE_TEXT_LIMIT = 1800; // bytes; a QR at level L holds 2,953, leave room for scanners

    private Qr() {}

    static String content(SignedStationReport signed, String stationCode) {
        String whole = signed.text() + "signature=" + signed.signature() + "\n";
        if (whole.getBytes(StandardCharsets.UTF_8).length <= WHOLE_TEXT_LIMIT) return whole;
        return "entekhabat-station-report-ref/1\nstation=" + stationCode + "\nreport=" + signed.hash()
                + "\nsignature=" + signed.signature() + "\n";
    }

    /** An SVG of the QR code, one path, black modules on white with a quiet zone. */
    static String svg(String content) {
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
                            EncodeHintType.MARGIN, 4));
            int w = matrix.getWidth(), h = matrix.getHeight();
            var path = new StringBuilder();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (matrix.get(x, y)) path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"320\" height=\"320\""
                    + " shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("QR encoding failed", e);
        }
    }
}
