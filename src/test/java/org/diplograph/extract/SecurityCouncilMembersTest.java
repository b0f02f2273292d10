package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The permanent members of the Security Council (常任理事国) are the Security Council's, not the UN at large. */
class SecurityCouncilMembersTest {

    @Test
    void permanentMembers_nameTheSecurityCouncil() throws Exception {
        assertThat(ExtractionFixture.events("美俄外长通电话 共商召开联合国常任理事国峰会", "正文。", "2020-07-14T08:00:00Z"))
                .filteredOn(e -> e.type() == EventType.PHONE_CALL).singleElement().satisfies(call -> {
                    assertThat(call.organizations()).containsExactly("UNSC");
                    assertThat(call.countries()).containsExactly("RUS", "USA");
                });
    }
}
