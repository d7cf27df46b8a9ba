package org.sitedesk.estate.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Surnames read differently from the same characters elsewhere, with their readings as surnames:
 * compound surnames (复姓, one syllable per character, so 尉迟恭 gives the initials ycg) and single
 * ones such as 单 shàn. A name starts with at most one of them; the longest that fits is taken, so
 * 单于飞 is read chán yú fēi, not shàn yú fēi.
 */
final class Surnames {
    /** Surname, then its syllables without tones; ü is written v, as pinyin4j writes it. */
    private static final String TABLE = """
            欧阳 ou yang      上官 shang guan   司马 si ma        诸葛 zhu ge       尉迟 yu chi
            万俟 mo qi        长孙 zhang sun    东方 dong fang    皇甫 huang fu     令狐 ling hu
            慕容 mu rong      宇文 yu wen       公孙 gong sun     夏侯 xia hou      澹台 tan tai
            轩辕 xuan yuan    司徒 si tu        司空 si kong      司寇 si kou       端木 duan mu
            闻人 wen ren      南宫 nan gong     西门 xi men       东门 dong men     百里 bai li
            呼延 hu yan       赫连 he lian      独孤 du gu        拓跋 tuo ba       申屠 shen tu
            钟离 zhong li     太史 tai shi      太叔 tai shu      濮阳 pu yang      淳于 chun yu
            单于 chan yu      公冶 gong ye      公良 gong liang   公西 gong xi      公羊 gong yang
            公输 gong shu     第五 di wu        仲孙 zhong sun    叔孙 shu sun      乐正 yue zheng
            鲜于 xian yu      亓官 qi guan      巫马 wu ma        羊舌 yang she     微生 wei sheng
            梁丘 liang qiu    左丘 zuo qiu      闾丘 lv qiu       东郭 dong guo     南门 nan men
            谷梁 gu liang     宰父 zai fu       宗政 zong zheng   漆雕 qi diao      壤驷 rang si
            颛孙 zhuan sun    子车 zi ju        仉督 zhang du     夹谷 jia gu       段干 duan gan
            完颜 wan yan      耶律 ye lv
            单 shan   曾 zeng   解 xie    仇 qiu    区 ou     查 zha    朴 piao   盖 ge     覃 qin
            翟 zhai   黑 he     繁 po     员 yun    乐 yue    缪 miao   秘 bi     种 chong  华 hua
            任 ren    沈 shen   尉 yu
            """;
    private static final Map<String, List<String>> READINGS = parse(TABLE);
    private static final int LONGEST = READINGS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Surnames() {
    }

    /** The surname {@code name} starts with and its syllables, if it is one of the table's. */
    static Optional<Surname> startOf(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        // a compound surname needs a given name after it: the two-character name 单于 is 单 + 于
        for (int length = Math.min(LONGEST, Math.max(1, name.length() - 1)); length >= 1; length--) {
            List<String> syllables = READINGS.get(name.substring(0, length));
            if (syllables != null) {
                return Optional.of(new Surname(length, syllables));
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> parse(String table) {
        Map<String, List<String>> readings = new HashMap<>();
        String surname = null;
        List<String> syllables = null;
        for (String word : table.strip().split("\\s+")) {
            if (word.codePointAt(0) >= 0x2E80) {
                surname = word;
                syllables = new ArrayList<>();
                readings.put(surname, syllables);
            } else {
                syllables.add(word);
            }
        }
        readings.replaceAll((name, read) -> {
            if (read.size() != name.length()) {
                throw new IllegalStateException("Surname " + name + " needs one syllable per character");
            }
            return List.copyOf(read);
        });
        return Map.copyOf(readings);
    }

    /** A surname at the start of a name: how many characters it takes and how they are read. */
    record Surname(int length, List<String> syllables) {
    }
}
