package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Persons as news introduces them, through {@link TextAnalyzer} (the recogniser works on its segmentation). */
class PersonRecognizerTest {

    @Test
    void aNameEndsWhereItsOriginalSpellingInBracketsBegins() throws Exception {
        List<Mention> persons = persons("伊拉克总理哈德米(Mustafa al-Kadhemi)今天抵达伊朗首都德黑兰。");
        assertThat(persons).extracting(Mention::key).containsExactly("哈德米");
        assertThat(persons.get(0).country()).contains("IRQ");
        assertThat(persons.get(0).position()).contains("premier");
    }

    @Test
    void keepsTransliteratedNamesWholeThatTheSegmenterCut() throws Exception {
        assertThat(persons("同日，国务院总理李克强同牙买加总理霍尔尼斯互致贺电。"))
                .extracting(Mention::key).containsExactly("李克强", "霍尔尼斯");
        assertThat(persons("外交部副部长秦刚约见捷克驻华大使佟福德，就捷克议会参议院主席维斯特奇尔访台提出严正交涉。"))
                .extracting(Mention::key).contains("维斯特奇尔");
    }

    @Test
    void aGivenNameCharacterReadAsAClassifierStaysInTheName() throws Exception {
        // The segmenter cuts 李度勋 into 李/ng 度/qv 勋/ng after the title 本部长.
        assertThat(persons("美国副国务卿比根计划会晤韩国外交部韩半岛和平交涉本部长李度勋。"))
                .extracting(Mention::key).containsExactly("比根", "李度勋");
        assertThat(persons("他在本届任期内曾三度访问韩国。")).isEmpty();
    }

    @Test
    void aShortenedNameIsThePersonOfTheFullName() throws Exception {
        List<Mention> persons = persons("王毅应日本外务大臣茂木敏充邀请访问日本。日本外长茂木敏今天也宣布，王毅将访问日本。");
        assertThat(persons).filteredOn(m -> m.surface().startsWith("茂木"))
                .hasSize(2).extracting(Mention::key).containsOnly("茂木敏充");
    }

    @Test
    void commonWordsAfterATitleAreNoName() throws Exception {
        assertThat(persons("中国气候变化事务特使解振华与美国总统气候问题特使克里在上海举行会谈。"))
                .extracting(Mention::key).containsExactlyInAnyOrder("解振华", "克里");
        assertThat(persons("美国卫生及公共服务部在推特贴出与台湾卫福部长陈时中视讯时的画面。"))
                .extracting(Mention::key).containsExactly("陈时中");
    }

    @Test
    void aTitleAfterANameIsThatPersonsUnlessItIsOfStaff() throws Exception {
        List<Mention> persons = persons("特朗普总统15号上午在白宫与以色列总理内塔尼亚胡会谈。");
        assertThat(persons).filteredOn(m -> m.key().equals("特朗普"))
                .singleElement().satisfies(m -> assertThat(m.position()).contains("president"));
        assertThat(persons("将担任拜登国家安全顾问的沙利文上周在推特上写道。"))
                .filteredOn(m -> m.key().equals("拜登"))
                .allSatisfy(m -> assertThat(m.position()).isEmpty());
    }

    @Test
    void anEnvoyWithoutSenderServesTheCountryWhoseEmbassyIsNamed() throws Exception {
        List<Mention> persons = persons("据中国驻荷兰大使馆网站消息，驻荷兰大使谈践22日就欧盟制裁向荷兰外交部提出严正交涉。");
        assertThat(persons).extracting(Mention::key).containsExactly("谈践");
        assertThat(persons.get(0).country()).contains("CHN");
    }

    @Test
    void aHeadOfStatesChairIsThePresidencyAndASenatesPresidentItsSpeaker() throws Exception {
        List<Mention> persons = persons("习近平主席同古巴领导人举行会谈。秦刚就捷克议会参议院主席维斯特奇尔访台提出严正交涉。");
        assertThat(persons).filteredOn(m -> m.key().equals("习近平")).singleElement()
                .satisfies(m -> assertThat(m.position()).contains("president"));
        assertThat(persons).filteredOn(m -> m.key().equals("维斯特奇尔")).singleElement()
                .satisfies(m -> assertThat(m.position()).contains("speaker"));
    }

    @Test
    void aTitleOfAnOfficeHoldersStaffServesTheHoldersCountry() throws Exception {
        List<Mention> persons = persons("沙利文分别与法国总统的外交顾问伊曼纽尔·邦纳（Emmanuel Bonne）通话。");
        assertThat(persons).filteredOn(m -> m.key().equals("伊曼纽尔·邦纳"))
                .singleElement().satisfies(m -> assertThat(m.country()).contains("FRA"));
        // A clause between a person and a title makes no staff of it.
        assertThat(persons("他说，王毅的发言让他想到前任参议院议长柯佳洛生前收到的威胁信函。"))
                .filteredOn(m -> m.key().equals("柯佳洛"))
                .allSatisfy(m -> assertThat(m.country()).isEmpty());
    }

    @Test
    void officialsListedTogetherServeTheGovernmentTheirNeighboursServe() throws Exception {
        List<Mention> persons = persons("维特齐将会见总统蔡英文、外交部长吴钊燮、卫生福利部长陈时中、科技部长吴政忠、文化部长李永得。");
        assertThat(persons).filteredOn(m -> List.of("陈时中", "吴政忠", "李永得").contains(m.key()))
                .hasSize(3).allSatisfy(m -> assertThat(m.country()).contains("TWN"));
    }

    @Test
    void ofStackedTitlesTheFirstIsTheOfficeUnlessItIsARankWithoutPortfolio() throws Exception {
        assertThat(persons("日本外务大臣茂木敏充今天与来访的美国副国务卿、朝鲜政策特别代表比根举行了会谈。"))
                .filteredOn(m -> m.key().equals("比根")).first()
                .satisfies(m -> assertThat(m.position()).contains("deputy-foreign-minister"));
        assertThat(persons("中国外交部长、国务委员王毅日前出访蒙古。"))
                .filteredOn(m -> m.key().equals("王毅")).first()
                .satisfies(m -> assertThat(m.position()).contains("foreign-minister"));
        assertThat(persons("中国国务委员兼外长王毅17日同俄罗斯外长拉夫罗夫通电话。"))
                .filteredOn(m -> m.key().equals("王毅")).first()
                .satisfies(m -> assertThat(m.position()).contains("foreign-minister"));
    }

    @Test
    void aGovernmentBodyOfOneStateDesignatesItsOfficials() throws Exception {
        assertThat(persons("随后，白宫国家安全委员会发言人尤利奥特（John Ullyot）30日发声明。"))
                .filteredOn(m -> m.key().equals("尤利奥特")).first()
                .satisfies(m -> assertThat(m.country()).contains("USA"));
        // A country right before a generic-sounding body says whose it is.
        assertThat(persons("美国国务院发言人欧塔加斯（Morgan Ortagus）表示。"))
                .filteredOn(m -> m.key().startsWith("欧塔")).first()
                .satisfies(m -> assertThat(m.country()).contains("USA"));
    }

    @Test
    void overlappingNamesInAListDoNotBreakTheAnalysis() throws Exception {
        // The full name and the surname the lexicon knows overlap; neither may end the analysis.
        assertThat(persons("博索纳罗的儿子，也是众议员爱德华多·博索纳罗 ( Eduardo Bolsonaro)，以及5位部长也出席了这次私人午宴。"))
                .extracting(Mention::key).contains("爱德华多·博索纳罗");
        assertThat(persons("外交官员欧内斯托·索博恩（Ernesto Soberon）谴责说，这是一场运动。"))
                .extracting(Mention::key).contains("欧内斯托·索博恩");
    }

    @Test
    void givenNamesBeforeAKnownSurnameTakeTheTitleBeforeThem() throws Exception {
        // The segmenter glues the first given name to the title (财/政部长史/蒂文).
        assertThat(persons("美国贸易代表罗伯特·E·莱特希泽和财政部长史蒂文·马努钦与中国副总理刘鹤进行了对话。"))
                .filteredOn(m -> m.key().equals("姆努钦")).first()
                .satisfies(m -> assertThat(m.position()).contains("minister"))
                .satisfies(m -> assertThat(m.country()).contains("USA"));
    }

    @Test
    void theOfficeAPersonIsElectedToIsThePersonsTitle() throws Exception {
        assertThat(persons("国家主席习近平致电卡瑟姆若马尔特·托卡耶夫，祝贺他当选哈萨克斯坦总统。"))
                .filteredOn(m -> m.key().equals("托卡耶夫")).first()
                .satisfies(m -> assertThat(m.position()).contains("president"));
        assertThat(persons("国务院总理李克强致电穆罕默德·本·萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特，祝贺他就任沙特阿拉伯王国王储兼首相。"))
                .filteredOn(m -> m.key().equals("穆罕默德·本·萨勒曼")).first()
                .satisfies(m -> assertThat(m.position()).contains("crown-prince"));
        // The sender keeps the title it was introduced with.
        assertThat(persons("国务院总理李克强致电穆罕默德·本·萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特，祝贺他就任沙特阿拉伯王国王储兼首相。"))
                .filteredOn(m -> m.key().equals("李克强")).first()
                .satisfies(m -> assertThat(m.position()).contains("premier"));
    }

    @Test
    void titlesOutsideTheNamedOfficesAreOfficials() throws Exception {
        // A governor-general is no governor of a state or province.
        assertThat(persons("国家主席习近平同牙买加总督艾伦互致贺电。"))
                .filteredOn(m -> m.key().equals("艾伦")).first()
                .satisfies(m -> assertThat(m.position()).contains("official"))
                .satisfies(m -> assertThat(m.country()).contains("JAM"));
        assertThat(persons("朝鲜外务省第一副相崔善姬4日曾发表谈话。"))
                .filteredOn(m -> m.key().equals("崔善姬")).first()
                .satisfies(m -> assertThat(m.position()).contains("deputy-foreign-minister"));
    }

    @Test
    void ofTitlesStackedAroundAPartyRankTheFirstOfficeIsHeld() throws Exception {
        // 政治局委员 is no office of the lexicon: it does not break the row of titles.
        assertThat(persons("王沪宁5日在京会见古巴党和政府特使、古共中央政治局委员、外交部长罗德里格斯。"))
                .filteredOn(m -> m.key().equals("罗德里格斯")).first()
                .satisfies(m -> assertThat(m.position()).contains("special-envoy"));
        // Titles after the name stack as well: the party post before the state office.
        assertThat(persons("赵乐际表示，今年4月，习近平总书记、国家主席对越南成功进行国事访问。"))
                .filteredOn(m -> m.key().equals("习近平")).first()
                .satisfies(m -> assertThat(m.position()).contains("president"));
    }

    @Test
    void titlesStackedOrListedAfterACountryServeIt() throws Exception {
        assertThat(persons("此外，发来贺电贺函的还有塞尔维亚前进党副主席、国民议会议长奥尔利奇。"))
                .filteredOn(m -> m.key().equals("奥尔利奇")).first()
                .satisfies(m -> assertThat(m.country()).contains("SRB"));
        assertThat(persons("国务院总理李强在伊斯兰堡会见巴基斯坦参议院主席吉拉尼和国民议会议长萨迪克。"))
                .filteredOn(m -> m.key().equals("萨迪克")).first()
                .satisfies(m -> assertThat(m.country()).contains("PAK"));
        // 与 joins the sides of a contact, not the members of one delegation.
        assertThat(persons("中国外长王毅与外长萨迪克举行会谈。"))
                .filteredOn(m -> m.key().equals("萨迪克")).first()
                .satisfies(m -> assertThat(m.country()).isEmpty());
    }

    @Test
    void aPolitburoSeatIsAnOfficeOnlyWithoutAPortfolioAfterIt() throws Exception {
        assertThat(persons("当时正在莫斯科的中共中央政治局委员杨洁篪与普京通了电话。"))
                .filteredOn(m -> m.key().equals("杨洁篪")).first()
                .satisfies(m -> assertThat(m.position()).contains("official"));
        assertThat(persons("中共中央政治局常委、全国政协主席王沪宁5日在京会见古巴外长罗德里格斯。"))
                .filteredOn(m -> m.key().equals("王沪宁")).first()
                .satisfies(m -> assertThat(m.position()).contains("chairman"));
    }

    @Test
    void theEtceteraAfterTheFirstOfAGroupIsNoPartOfTheName() throws Exception {
        List<Mention> persons = persons("比根还与国家安全保障局长北村滋等举行了会谈。");
        assertThat(persons).extracting(Mention::key).contains("北村滋").doesNotContain("北村滋等");
    }

    @Test
    void aKnownNameThatBeginsALongerTransliterationIsNotThatPerson() throws Exception {
        List<Mention> persons = persons("对象包括新泽西州众议员克里斯·史密斯(Chris Smith)。");
        assertThat(persons).extracting(Mention::key).doesNotContain("克里");
    }
}
