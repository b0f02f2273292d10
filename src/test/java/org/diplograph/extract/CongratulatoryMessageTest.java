package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message of congratulation between leaders is about the relations of their states. */
class CongratulatoryMessageTest {

    @Test
    void aCongratulation_isAboutTheRelations() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "国务院总理李克强9月29日致电沙特王储穆罕默德，祝贺他就任沙特阿拉伯王国首相。", "2022-09-29T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("bilateral-relations"));
    }

    @Test
    void aMessageOfSympathy_isNot() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "国家主席习近平20日就莫桑比克遭受热带气旋灾害向莫桑比克总统纽西致慰问电。", "2023-03-20T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).doesNotContain("bilateral-relations"));
    }
}
