package dev.runlog.domain.model;

import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static dev.runlog.domain.model.InvalidValues.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void aRequestWithoutValues_startsAtTheBeginningWithTheDefaultLimit() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void theLimitRunsFrom1To100() {
        assertThat(PageRequest.of(null, 1).limit()).isEqualTo(1);
        assertThat(PageRequest.of(null, 100).limit()).isEqualTo(100);
        assertRejected("limit", () -> PageRequest.of(null, 0));
        assertRejected("limit", () -> PageRequest.of(null, 101));
    }

    @Test
    void afterIsNeverNegative() {
        assertThat(PageRequest.of(0L, null).after()).isZero();
        assertRejected("after", () -> PageRequest.of(-1L, null));
    }

    @Test
    void aRequestReportsBothBadValuesAtOnce() {
        assertThat(violationsOf(() -> PageRequest.of(-1L, 0)))
                .extracting(Violation::field)
                .containsExactly("after", "limit");
    }

    @Test
    void aStoreFetchesOneMoreThanTheLimit_toKnowWhetherAnotherPageFollows() {
        PageRequest request = new PageRequest(0, 2);
        assertThat(request.fetchSize()).isEqualTo(3);

        assertThat(Page.fromFetched(List.of(1, 2, 3), request)).isEqualTo(new Page<>(List.of(1, 2), true));
        assertThat(Page.fromFetched(List.of(1, 2), request)).isEqualTo(new Page<>(List.of(1, 2), false));
        assertThat(Page.fromFetched(List.of(), request)).isEqualTo(new Page<>(List.of(), false));
    }
}
