package org.diplograph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import org.diplograph.lexicon.Lexicon;

/** Shared, expensive-to-build test fixtures: the lexicon and the article files under {@code articles/}. */
public final class TestFixtures {

    public static final String SEED = "rfi-20240207-kor-chn-fm-call.txt";

    private static Lexicon lexicon;

    private TestFixtures() {
    }

    public static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.load();
        }
        return lexicon;
    }

    /** A fixture article file under {@code src/test/resources/articles/}. */
    public static Path article(String name) {
        try {
            return Paths.get(TestFixtures.class.getClassLoader().getResource("articles/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture articles/" + name, e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestFixtures.class.getClassLoader().getResourceAsStream("articles/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
