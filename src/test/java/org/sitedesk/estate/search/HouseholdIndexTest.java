package org.sitedesk.estate.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitedesk.estate.RoomCode;

/** The one search box: every way a clerk finds a household (issue: "One search box"). */
class HouseholdIndexTest {
    private static SearchEntry entry(long id, String room, List<String> names, List<String> phones, List<String> ids,
            List<String> plates) {
        return new SearchEntry(id, RoomCode.parse(room).orElseThrow(), names, phones, ids, plates);
    }

    private final HouseholdIndex index = HouseholdIndex.of(List.of(
            entry(1, "3-2-1501", List.of("王芳"), List.of("13700137000"), List.of("440306200002291239"), List.of()),
            entry(2, "3-2-1502", List.of("张三", "李四"), List.of("13800138000"), List.of("11010519491231002X"),
                    List.of("浙A12345")),
            entry(3, "3-2-901", List.of("单雄信"), List.of(), List.of(), List.of()),
            entry(4, "3-2-1001", List.of("曾国藩"), List.of("0571-87654321"), List.of(), List.of()),
            entry(5, "12-1-101", List.of("解缙", "仇英"), List.of(), List.of(), List.of()),
            entry(6, "P-B1-001", List.of(), List.of(), List.of(), List.of("浙B9X876"))));

    private final HouseholdIndex compound = HouseholdIndex.of(List.of(
            entry(7, "5-1-101", List.of("尉迟恭", "万俟英"), List.of(), List.of(), List.of()),
            entry(8, "5-1-102", List.of("长孙无忌", "单于飞"), List.of(), List.of(), List.of()),
            entry(9, "5-1-103", List.of("澹台明", "乐正雨", "亓官洁"), List.of(), List.of(), List.of()),
            entry(10, "5-1-104", List.of("欧阳修", "诸葛亮"), List.of(), List.of(), List.of())));

    private List<String> rooms(String query) {
        return rooms(index, query);
    }

    private static List<String> rooms(HouseholdIndex searched, String query) {
        return searched.search(query, 20).stream().map(hit -> hit.room().toString()).toList();
    }

    @Test
    void roomCodePrefixesFindEveryRoomBelow() {
        assertThat(rooms("3-2-15")).containsExactly("3-2-1501", "3-2-1502");
        assertThat(rooms("p-b1")).containsExactly("P-B1-001");
    }

    @Test
    void roomCodesTypedWithoutDashesAreFound() {
        assertThat(index.search("321502", 5)).first().satisfies(hit -> {
            assertThat(hit.room().toString()).isEqualTo("3-2-1502");
            assertThat(hit.kind()).isEqualTo(MatchKind.ROOM_EXACT);
        });
        assertThat(rooms("3215")).containsExactly("3-2-1501", "3-2-1502");
    }

    @Test
    void namesAreFoundByCharactersInitialsAndFullPinyin() {
        assertThat(rooms("张三")).containsExactly("3-2-1502");
        assertThat(rooms("李")).containsExactly("3-2-1502");
        assertThat(rooms("zs")).containsExactly("3-2-1502");
        assertThat(rooms("ZhangSan")).containsExactly("3-2-1502");
        assertThat(rooms("zhangs")).containsExactly("3-2-1502");
    }

    @Test
    void surnamesWithSpecialReadingsAreReadAsSurnames() {
        assertThat(rooms("sxx")).containsExactly("3-2-901");
        assertThat(rooms("shanxiongxin")).containsExactly("3-2-901");
        assertThat(rooms("dxx")).isEmpty();
        assertThat(rooms("zgf")).containsExactly("3-2-1001");
        assertThat(rooms("xj")).containsExactly("12-1-101");
        assertThat(rooms("qy")).containsExactly("12-1-101");
        assertThat(rooms("qiuying")).containsExactly("12-1-101");
    }

    /** Issue "Compound surnames by initials": 尉迟恭 by ycg, 万俟英 by mqy, 长孙无忌 by zswj. */
    @Test
    void compoundSurnamesAreFoundByTheInitialsOfTheirSurnameReadings() {
        assertThat(rooms(compound, "ycg")).containsExactly("5-1-101");
        assertThat(rooms(compound, "mqy")).containsExactly("5-1-101");
        assertThat(rooms(compound, "zswj")).containsExactly("5-1-102");
        assertThat(rooms(compound, "cyf")).containsExactly("5-1-102");
        assertThat(rooms(compound, "ttm")).containsExactly("5-1-103");
        assertThat(rooms(compound, "yzy")).containsExactly("5-1-103");
        assertThat(rooms(compound, "qgj")).containsExactly("5-1-103");
        assertThat(rooms(compound, "oyx")).containsExactly("5-1-104");
        assertThat(rooms(compound, "zgl")).containsExactly("5-1-104");
    }

    @Test
    void compoundSurnamesUseTheSameReadingsInFullPinyin() {
        assertThat(rooms(compound, "moqiying")).containsExactly("5-1-101");
        assertThat(rooms(compound, "yuchigong")).containsExactly("5-1-101");
        assertThat(rooms(compound, "zhangsunwuji")).containsExactly("5-1-102");
        assertThat(rooms(compound, "chanyufei")).containsExactly("5-1-102");
        assertThat(rooms(compound, "tantaiming")).containsExactly("5-1-103");
        assertThat(rooms(compound, "yuezhengyu")).containsExactly("5-1-103");
        assertThat(rooms(compound, "qiguanjie")).containsExactly("5-1-103");
    }

    @Test
    void compoundSurnamesAreNotReadCharacterByCharacter() {
        assertThat(rooms(compound, "wsy")).isEmpty();
        assertThat(rooms(compound, "wanqiying")).isEmpty();
        assertThat(rooms(compound, "cswj")).isEmpty();
        assertThat(rooms(compound, "yg")).as("尉迟 is two syllables, not one").isEmpty();
        assertThat(rooms(compound, "dtm")).isEmpty();
    }

    @Test
    void aTwoCharacterNameIsASurnameAndAGivenNameNotACompoundSurnameAlone() {
        assertThat(NamePinyin.of("单于").full()).containsExactly("shanyu");
        assertThat(NamePinyin.of("单于飞").full()).containsExactly("chanyufei");
        assertThat(NamePinyin.of("单").full()).containsExactly("shan");
        assertThat(NamePinyin.of("").full()).containsExactly("");
    }

    @Test
    void fourOrMoreDigitsOfAPhoneFindItAndShowItMasked() {
        assertThat(rooms("0013")).containsExactly("3-2-1501", "3-2-1502");
        assertThat(index.search("38001", 5)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(MatchKind.PHONE);
            assertThat(hit.matched()).isEqualTo("138****8000");
        });
        assertThat(rooms("8765")).containsExactly("3-2-1001");
        assertThat(rooms("138")).isEmpty();
    }

    @Test
    void theTailOfAnIdNumberFindsItAndShowsItMasked() {
        assertThat(index.search("002x", 5)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(MatchKind.ID_TAIL);
            assertThat(hit.matched()).isEqualTo("110105********002X");
        });
        assertThat(rooms("291239")).containsExactly("3-2-1501");
    }

    @Test
    void aPlateFragmentFindsTheVehicle() {
        assertThat(rooms("浙A1")).containsExactly("3-2-1502");
        assertThat(rooms("b9x8")).containsExactly("P-B1-001");
    }

    @Test
    void resultsAreRankedAndLimited() {
        assertThat(rooms("3-2")).containsExactly("3-2-901", "3-2-1001", "3-2-1501", "3-2-1502");
        assertThat(index.search("3-2", 2)).hasSize(2);
        assertThat(rooms("")).isEmpty();
    }

    @Test
    void aChangedUnitReplacesItsEntryOnly() {
        HouseholdIndex changed = index.withEntry(entry(2, "3-2-1502", List.of("赵六"), List.of(), List.of(), List.of()));

        assertThat(changed.search("zs", 5)).isEmpty();
        assertThat(changed.search("zl", 5)).extracting(hit -> hit.unitId()).containsExactly(2L);
        assertThat(changed.size()).isEqualTo(index.size());
        assertThat(changed.without(2).size()).isEqualTo(index.size() - 1);
        assertThat(index.search("zs", 5)).hasSize(1);
    }
}
