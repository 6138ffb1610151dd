package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTextTest {

    @Test
    void aRightToLeftOverrideIsRemovedSoTheStatusReadsAsSent() {
        assertThat(ServerText.clean("\u202EENOD")).isEqualTo("ENOD");
    }

    @Test
    void everyFormatCharacterIsRemoved() {
        String formats = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u00AD";
        assertThat(ServerText.clean("a" + formats + "b")).isEqualTo("ab");
    }

    @Test
    void controlsAreRemovedAndLineBreaksAndTabsBecomeSpaces() {
        assertThat(ServerText.clean("Anna\u0007\u001B[31m\u0000 Muster\tzweite\nZeile\u2028drei\u0085vier"))
                .isEqualTo("Anna[31m Muster zweite Zeile drei vier");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Büro Köln – 東京 🚀";
        assertThat(ServerText.clean(text)).isSameAs(text);
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertThat(ServerText.clean("a\uD800b")).isEqualTo("a\uFFFDb");
    }

    @Test
    void nullStaysNull() {
        assertThat(ServerText.clean(null)).isNull();
        assertThat(ServerText.sentence(null, 10)).isNull();
    }

    @Test
    void aLongSentenceIsCutWithAnEllipsis() {
        assertThat(ServerText.sentence("x".repeat(1_000_000), 300)).hasSize(301).endsWith("…");
    }

    @Test
    void aSentenceIsNotCutInsideASurrogatePair() {
        String cut = ServerText.sentence("abcd🚀efgh", 5);
        assertThat(cut).isEqualTo("abcd…");
    }
}
