package org.oscc.chamberlain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailtoLinkTest {

    @Test
    void encodesSubjectAndBodyAsUtf8WithCrlfLineBreaks() {
        String link = MailtoLink.of(List.of("zoë+pitch@example.org"), "Zoë O'Brien, PhD & co?", "a\nb");

        assertThat(link).isEqualTo("mailto:zo%C3%AB%2Bpitch@example.org?subject=Zo%C3%AB%20O%27Brien%2C%20PhD"
                + "%20%26%20co%3F&body=a%0D%0Ab");
        assertThat(URI.create(link).getScheme()).isEqualTo("mailto");
    }

    @Test
    void theInviteeLinkCarriesTheAgenda() {
        String link = MailtoLink.forInvitee(Invites.december(), Invites.ZOE);
        String body = URLDecoder.decode(link.substring(link.indexOf("&body=") + 6), StandardCharsets.UTF_8);

        assertThat(link).startsWith("mailto:zoe@example.org?subject=Invitation%3A%20December%20pitch%20night");
        assertThat(body).startsWith("Hello Zoë O'Brien, PhD,\r\n")
                .contains("18:00-18:20  Apache Ünicode - Zoë O'Brien, PhD: Why we need testers; and docs, too");
    }

    @Test
    void aLongBodyIsCutBelowTheLimitWithoutBreakingACharacter() {
        String link = MailtoLink.of(List.of("a@example.org"), "s", "é".repeat(3000));

        assertThat(link.length()).isLessThanOrEqualTo(MailtoLink.MAX_LENGTH);
        String body = URLDecoder.decode(link.substring(link.indexOf("&body=") + 6), StandardCharsets.UTF_8);
        assertThat(body).matches("é+…");
    }
}
