package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Members of a grouping that the article lists take part in its summits and agreements. */
class ListedMembersTest {

    private static final String RCEP_MEMBERS = "RCEP成员国包括东盟10国与中国、日本、韩国、澳大利亚、新西兰。";

    private static List<DiplomaticEvent> ofType(EventType type, String body) throws Exception {
        return ExtractionFixture.events(body, "2020-11-16T02:00:00Z").stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void theSummitOfAGroupingHasTheMembersListedInAnotherSentence() throws Exception {
        assertThat(ofType(EventType.SUMMIT, "中国国务院总理李克强15日出席第四次RCEP领导人会议时表示，RCEP的签署是多边主义的胜利。"
                + RCEP_MEMBERS)).singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactlyInAnyOrder("AUS", "CHN", "JPN", "KOR", "NZL");
                    assertThat(summit.organizations()).containsExactly("ASEAN");
                });
    }

    @Test
    void anAgreementNamedForAGroupingIsSignedByItsListedMembers() throws Exception {
        assertThat(ofType(EventType.AGREEMENT, "包含中国、日本和韩国等15国在内的区域全面经济伙伴关系协定（RCEP）于15日正式签署。"
                + RCEP_MEMBERS)).singleElement().satisfies(agreement -> {
                    assertThat(agreement.countries()).containsExactlyInAnyOrder("AUS", "CHN", "JPN", "KOR", "NZL");
                    assertThat(agreement.organizations()).containsExactly("ASEAN");
                });
    }

    @Test
    void membersListedAsMakingUpAnOrganisationTakePartInItsSummit() throws Exception {
        assertThat(ofType(EventType.SUMMIT, "四方安全对话12日举行首次峰会，讨论疫苗合作。"
                + "这个由美国、日本、印度和澳大利亚组成的四方安全对话被视为对抗中国的联盟。"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactlyInAnyOrder("AUS", "IND", "JPN", "USA");
                    assertThat(summit.organizations()).containsExactly("QUAD");
                });
    }

    @Test
    void aGroupingNamedOnlyInPassingAddsNoMembers() throws Exception {
        assertThat(ofType(EventType.SUMMIT, "李克强15日出席第四次东亚峰会时谈到了RCEP。" + RCEP_MEMBERS))
                .allSatisfy(summit -> assertThat(summit.countries()).doesNotContain("AUS", "NZL"));
    }
}
