package org.songbungraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.songbungraph.search.NameQuery.Mode;
import org.songbungraph.search.NameQuery.Tier;

/** The romanisation skeleton and word matching of docs/romanisation.md, without a database. */
class RomanisationTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kaechon    | Kaech'ŏn
            Kaechon    | Gaecheon
            Kaechon    | kaechon
            Kaechon    | KAECH’ŎN
            Ri         | Rhee
            Ri         | Lee
            Ri         | Yi
            Ri         | I
            Ri         | Li
            Pak        | Park
            Pak        | Bak
            Chong      | Jong
            Chong      | Jeong
            Chong      | Chung
            Choe       | Choi
            Kim        | Gim
            Pyongyang  | P'yŏngyang
            Pyongyang  | Pyeongyang
            Chongjin   | Ch'ŏngjin
            Chongjin   | Cheongjin
            Ji-Hoon    | jihoon
            Ji-Hoon    | Ji Hoon
            Sin        | Shin
            Mun        | Moon
            Ryu        | Yoo
            Pyon       | Byeon
            Hui        | Hŭi
            Hamhung    | Hamhŭng
            Hamhung    | Hamheung
            Kaesong    | Gaeseong
            Ryu        | Yu
            Han'guk    | Hanguk
            """)
    void spellingsOfOneNameShareASkeleton(String name, String variant) {
        assertThat(Romanisation.skeleton(variant)).isEqualTo(Romanisation.skeleton(name));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kaechon    | Kaesong
            Pyongyang  | Pyongan
            Chongjin   | Chongju
            Ri         | Rim
            Ri         | Ryu
            Choe       | Cho
            Pak        | Pang
            Kim        | Kam
            Kang       | Kong
            Han        | Hwan
            Park       | Palk
            """)
    void differentNamesKeepDifferentSkeletons(String name, String other) {
        assertThat(Romanisation.skeleton(other)).isNotEqualTo(Romanisation.skeleton(name));
    }

    @Test
    void theDocumentedFalsePositivesAndMissesAreReal() {
        assertThat(Romanisation.skeleton("Yu")).isEqualTo(Romanisation.skeleton("Ryu"));
        assertThat(Romanisation.skeleton("Kŭm")).isEqualTo(Romanisation.skeleton("Kum"));
        assertThat(Romanisation.skeleton("K'ye")).isEqualTo(Romanisation.skeleton("Kye"));
        assertThat(Romanisation.skeleton("Jung-gu")).isEqualTo(Romanisation.skeleton("Chong-gu"));
        assertThat(Romanisation.skeleton("Junggu")).isNotEqualTo(Romanisation.skeleton("Jung-gu"));
        assertThat(Romanisation.skeleton("Kim Il Sung")).isNotEqualTo(Romanisation.skeleton("Kim Il-sŏng"));
        assertThat(new NameQuery("Kim Il").match("Kim Il-sŏng", Mode.NAME))
                .hasValue(new NameQuery.Found(Tier.PREFIX, null));
        assertThat(new NameQuery("Pyeong").match("Pyongyang", Mode.NAME)).isEmpty();
    }

    @Test
    void foldsCaseAccentsFullWidthLettersAndInvisibleCharactersButKeepsHangul() {
        assertThat(Romanisation.fold("  Ｋａｅｃｈ'ŏｎ\u200F ")).isEqualTo("kaech'on");
        assertThat(Romanisation.fold("Kae\u0000chon")).isEqualTo("kaechon");
        assertThat(Romanisation.fold("No. 12,  Kaechon")).isEqualTo("no. 12 kaechon");
        assertThat(Romanisation.fold("개천시")).isEqualTo("개천시");
    }

    @Test
    void aVariantMatchesWholeWordsOnly() {
        NameQuery rhee = new NameQuery("Rhee");

        assertThat(rhee.match("Ri Example-sun", Mode.NAME)).hasValue(new NameQuery.Found(Tier.PREFIX, "Ri"));
        assertThat(rhee.match("Lankov (2005), list of core-class groups", Mode.NAME))
                .isEmpty();
        assertThat(rhee.match("Han Example-rim", Mode.NAME)).isEmpty();
    }

    @Test
    void rankExactThenPrefixThenSubstringAndPreferTheSpellingAsTyped() {
        assertThat(new NameQuery("Gaecheon").match("Kaechon", Mode.NAME))
                .hasValue(new NameQuery.Found(Tier.EXACT, "Kaechon"));
        assertThat(new NameQuery("Park").match("Synthetic-Pak family", Mode.NAME))
                .hasValue(new NameQuery.Found(Tier.SUBSTRING, "Pak"));
        assertThat(new NameQuery("Kaechon").match("Major mines near Kaechon", Mode.NAME))
                .hasValue(new NameQuery.Found(Tier.SUBSTRING, null));
        assertThat(new NameQuery("ji hoon").match("Ji-Hoon*", Mode.NAME))
                .hasValue(new NameQuery.Found(Tier.EXACT, "Ji-Hoon"));
        assertThat(new NameQuery("Pyong").match("Pyongyang", Mode.NAME))
                .hasValue(new NameQuery.Found(Tier.PREFIX, null));
        assertThat(new NameQuery("개천").match("개천 인근 광산지구", Mode.NAME)).hasValue(new NameQuery.Found(Tier.PREFIX, null));
    }

    @Test
    void aProtectedPersonsCodeMustBeTypedInFull() {
        assertThat(new NameQuery("w-0101").match("W-0101", Mode.WHOLE_CODE))
                .hasValue(new NameQuery.Found(Tier.EXACT, null));
        assertThat(new NameQuery("W0101").match("W-0101", Mode.WHOLE_CODE)).isEmpty();
        assertThat(new NameQuery("W-01").match("W-0101", Mode.WHOLE_CODE)).isEmpty();
        assertThat(new NameQuery("Chong").match("P-W0101", Mode.WHOLE_CODE)).isEmpty();
        assertThat(new NameQuery("Chong").match("P-SYN-CHONG-06", Mode.CODE))
                .hasValue(new NameQuery.Found(Tier.SUBSTRING, null));
    }

    @Test
    void idsAreCodesNotRomanisedNames() {
        assertThat(new NameQuery("Park").match("P-SYN-PAK-02", Mode.CODE)).isEmpty();
        assertThat(new NameQuery("P-SYN-PAK").match("P-SYN-PAK-02", Mode.CODE))
                .hasValue(new NameQuery.Found(Tier.PREFIX, null));
    }

    @Test
    void wordsRememberWhereTheyStandInTheName() {
        List<Romanisation.Word> words = Romanisation.words("Ji-Hoon*'s high school");

        assertThat(words).extracting(Romanisation.Word::skeleton).containsExactly("ji", "hun", "s", "hikh", "sjul");
        assertThat(words.get(1)).isEqualTo(new Romanisation.Word(3, 7, "hun"));
    }

    @Test
    void textThatHoldsOnlyInvisibleCharactersIsEmpty() {
        assertThat(new NameQuery("\u0000\u200F").isEmpty()).isTrue();
        assertThat(new NameQuery("' //").isEmpty()).isFalse();
    }

    @Test
    void theAsciiShortcutFoldsExactlyAsTheRulesDo() {
        String alphabet = "aZ, \t\n\u0000\u007f-'`.Kk0";
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Romanisation.foldAscii(text.toString()))
                    .as("[%s]", text)
                    .isEqualTo(Romanisation.foldUnicode(text.toString()));
        }
        assertThat(Romanisation.fold("  Kim ,, Example-IL\t")).isEqualTo("kim example-il");
    }
}
