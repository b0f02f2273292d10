package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    // A Wednesday.
    private static final LocalDate REPORTED = LocalDate.of(2024, 2, 7);

    private static List<DateMention> find(String text) {
        return DateResolver.find(text, 0, text.length(), REPORTED, false);
    }

    private static LocalDate only(String text) {
        List<DateMention> found = find(text);
        assertThat(found).hasSize(1);
        return found.get(0).date();
    }

    @Test
    void resolvesFullAndPartialDates() {
        assertThat(only("2023年12月28日，双方通电话")).isEqualTo(LocalDate.of(2023, 12, 28));
        assertThat(only("赵兑烈2月6日与王毅通电话")).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(only("双方6日通电话")).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(only("上月28日")).isEqualTo(LocalDate.of(2024, 1, 28));
        // Read on 7 February, "12月30日" is last December, "30日" last month.
        assertThat(only("12月30日")).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(only("30日会谈")).isEqualTo(LocalDate.of(2024, 1, 30));
    }

    @Test
    void aYearWordBeforeAMonthDayNamesItsYear() {
        assertThat(only("今年3月22日同一天宣布制裁")).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(only("去年12月5日会谈")).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(only("明年1月3日访华")).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void resolvesWeekdaysAndRelativeDays() {
        assertThat(only("王毅周二在与韩国外长通电话时表示")).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(only("星期三")).isEqualTo(REPORTED);
        assertThat(only("上周五")).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(only("昨天")).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(only("前天")).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(DateResolver.find("将于周五访华", 0, 6, REPORTED, true).get(0).date())
                .isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void resolvesRanges() {
        DateMention visit = find("2月6日至8日访问").get(0);
        assertThat(visit.date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(visit.endDate()).contains(LocalDate.of(2024, 2, 8));
        DateMention dashed = find("双方在2月5-6日举行了第二轮会谈").get(0);
        assertThat(dashed.date()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(dashed.endDate()).contains(LocalDate.of(2024, 2, 6));
        DateMention acrossMonths = find("1月30日至2月2日").get(0);
        assertThat(acrossMonths.endDate()).isEqualTo(Optional.of(LocalDate.of(2024, 2, 2)));
    }

    @Test
    void marksDatelinesOfTheReport() {
        List<DateMention> found = find("据韩联社2月7日电，双方2月6日通电话");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).dateline()).isTrue();
        assertThat(found.get(1).dateline()).isFalse();
    }

    @Test
    void ignoresImpossibleDates() {
        assertThat(find("2月30日")).isEmpty();
        assertThat(find("第45日")).isEmpty();
    }

    @Test
    void resolvesMonthsInChineseNumeralsWeekendsAndIgnoresTerms() {
        DateMention april = find("今年一月，双方举行了会谈").get(0);
        assertThat(april.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(april.endDate()).contains(LocalDate.of(2024, 1, 31));
        assertThat(find("去年十二月").get(0).date()).isEqualTo(LocalDate.of(2023, 12, 1));
        // Read on Wednesday 7 February: this weekend is the 10th and 11th.
        DateMention weekend = find("原定本周末前往德黑兰").get(0);
        assertThat(weekend.date()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(find("越南作为2020年度东盟轮值主席")).isEmpty();
    }

    @Test
    void resolvesDaysAndWeeksBack() {
        assertThat(only("三周前他和美国贸易代表通话")).isEqualTo(LocalDate.of(2024, 1, 17));
        assertThat(only("两天前")).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(find("十五天前")).isEmpty();
    }

    @Test
    void takesTheFigureOfADaySaidTwice() {
        assertThat(only("在周五（2月2日）举行三方会谈")).isEqualTo(LocalDate.of(2024, 2, 2));
        // Read on Wednesday 7 February, a bare 周五 would be the 2nd; the figures say otherwise.
        assertThat(only("周五（2月9日）")).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(only("2月6日（周二）")).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(only("消息人士昨天（6日）透露")).isEqualTo(LocalDate.of(2024, 2, 6));
    }

    @Test
    void readsListedDaysAsARangeFromTheFirst() {
        DateMention listed = find("拜登将在2月22、23日主持线上气候峰会").get(0);
        assertThat(listed.date()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(listed.endDate()).contains(LocalDate.of(2024, 2, 23));
        DateMention days = DateResolver.find("将于12、13日访华", 0, 9, REPORTED, true).get(0);
        assertThat(days.date()).isEqualTo(LocalDate.of(2024, 2, 12));
    }

    @Test
    void readsYearsOfHistoryButNotCounts() {
        DateMention treaty = find("1689年，清朝和俄国签订《尼布楚条约》").get(0);
        assertThat(treaty.date()).isEqualTo(LocalDate.of(1689, 1, 1));
        assertThat(treaty.endDate()).contains(LocalDate.of(1689, 12, 31));
        assertThat(find("拥有1000年的历史")).isEmpty();
    }
}
