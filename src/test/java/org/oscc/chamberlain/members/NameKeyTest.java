package org.oscc.chamberlain.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "\"{0}\" is the same name as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "ACME Inc.|acme inc",
        "Acme, Inc.|ACME INC",
        "O'Reilly Media|oreilly media",
        "O’Reilly Media|OReilly Media",
        "Saint-Laurent Tech|Saint Laurent Tech",
        "ＡＣＭＥ|acme",
        "Café Québec|CAFÉ QUÉBEC",
        "Cafe\u0301|Café",
        "MÜLLER GmbH|Müller GmbH",
        "株式会社 テスト|株式会社テスト",
        "🦊 Labs|🦊labs",
        "Zero\u200BWidth|ZeroWidth",
        "=SUM Corp|=sum corp",
    })
    void namesThatDifferOnlyInCaseSpacingOrPunctuationShareAKey(String a, String b) {
        assertThat(NameKey.of(a)).isEqualTo(NameKey.of(b)).isNotEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not the same name as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Müller GmbH|Muller GmbH",
        "Café|Cafe",
        "C++ Foundation|C Foundation",
        "🦊 Labs|Labs",
        "株式会社テスト|株式会社テクト",
        "Acme 2|Acme 3",
        "=Acme|Acme",
    })
    void accentsSymbolsAndScriptsKeepNamesApart(String a, String b) {
        assertThat(NameKey.of(a)).isNotEqualTo(NameKey.of(b));
    }

    @ParameterizedTest(name = "\"{0}\" has the key \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "ACME Inc.|acmeinc",
        "İstanbul Bilişim|i\u0307stanbulbilişim",
        "Ωmega Systems|ωmegasystems",
        "हिन्दी Labs|हिन्दीlabs",
        "ACME™|acmetm",
    })
    void keysAreLowerCaseByRootLocaleAndKeepEveryScript(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"...", "' - '", "' '"})
    void punctuationAloneGivesAnEmptyKey(String name) {
        assertThat(NameKey.of(name)).isEmpty();
    }
}
