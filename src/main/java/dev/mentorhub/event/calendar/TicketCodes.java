package dev.mentorhub.event.calendar;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * Door tickets: an unguessable code of 12 Crockford base32 symbols (60 random bits), written {@code XXXX-XXXX-XXXX}
 * so it can be read out and typed, and its QR code as inline SVG (ZXing's encoder; no image libraries).
 */
public final class TicketCodes {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final int QUIET_ZONE = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length())));
        }
        return format(code.toString());
    }

    /**
     * A typed or scanned code in its canonical form: case, spaces and hyphens do not matter, and the letters people
     * confuse with digits (O, I, L) read as 0 and 1. Empty for anything that is not a code.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder();
        for (char c : typed.strip().toUpperCase().toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (SYMBOLS.indexOf(read) < 0) {
                return Optional.empty();
            }
            symbols.append(read);
        }
        return symbols.length() == LENGTH ? Optional.of(format(symbols.toString())) : Optional.empty();
    }

    /** The code as a QR code: an SVG of one path of dark modules on white, {@code modulePixels} per module. */
    public static String qrSvg(String text, int modulePixels) {
        ByteMatrix matrix;
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            matrix = code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                    path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        int pixels = size * modulePixels;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + pixels
                + "\" height=\"" + pixels + "\" role=\"img\" aria-label=\"QR code\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String format(String symbols) {
        return symbols.substring(0, 4) + "-" + symbols.substring(4, 8) + "-" + symbols.substring(8);
    }
}
