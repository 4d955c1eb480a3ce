package dev.runlog.domain.model;

import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.shared.Text;
import dev.runlog.domain.model.user.Email;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one meaning of "ignoring case", shared by emails and moods: equal once lowercased, nothing more. */
class IgnoringCaseTest {

    @ParameterizedTest(name = "''{0}'' and ''{1}'' are the same: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Happy | happy | true",
                "É     | é     | true",
                "ẞ     | ß     | true",
                "ß     | SS    | false",
                "É     | E     | false",
                "I     | i     | true",
                "ı     | i     | false",
                "İ     | i     | true",
                "\u212A | k    | true",
                "ﬀ     | ff    | false",
                "'happy ' | happy | false"
            })
    void twoTexts_areTheSameIgnoringCase_onlyWhenEqualOnceLowercased(String one, String other, boolean same) {
        assertThat(Text.caseless(one).equals(Text.caseless(other))).isEqualTo(same);
        assertThat(new Mood(one).isSameMoodAs(new Mood(other))).isEqualTo(same);
        assertThat(new Email(one + "@example.com").isSameAddressAs(new Email(other + "@EXAMPLE.com")))
                .isEqualTo(same);
    }
}
