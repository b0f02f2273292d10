package org.diplograph.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes to text: a byte-order mark wins, then strict UTF-8, then the charset an
 * HTML page declares. Never guesses silently: undecodable input is an error naming the offset.
 */
final class TextDecoder {

    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static String decode(String source, byte[] bytes) throws ArticleReadException {
        if (bytes.length == 0) {
            throw new ArticleReadException(source, "empty input");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(source, ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(source, ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(source, ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16BE);
        }
        try {
            return checked(source, newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            Charset declared = declaredCharset(bytes);
            if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
                throw new ArticleReadException(source, "not valid UTF-8 (first invalid byte at offset "
                        + firstInvalidUtf8(bytes) + ") and no other charset declared");
            }
            return strict(source, ByteBuffer.wrap(bytes), declared);
        }
    }

    private static String strict(String source, ByteBuffer bytes, Charset charset) throws ArticleReadException {
        try {
            return checked(source, newDecoder(charset).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            throw new ArticleReadException(source, "not valid " + charset.name() + " text");
        }
    }

    private static String checked(String source, String text) throws ArticleReadException {
        if (text.indexOf('\0') >= 0) {
            throw new ArticleReadException(source, "binary content (NUL characters), not a text article");
        }
        if (text.isBlank()) {
            throw new ArticleReadException(source, "empty input (only white space)");
        }
        return text;
    }

    private static java.nio.charset.CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The charset an HTML head declares, looked for in the first 4 KiB read as ASCII. */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read gb2312 and gbk pages as GB18030, a superset; so do we.
        if (name.equals("gb2312") || name.equals("gbk")) {
            name = "GB18030";
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException unsupported) {
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = newDecoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
