package org.sitedesk.estate.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The ways a clerk may type a Chinese name in pinyin: full ({@code zhangsan}) and initials
 * ({@code zs}). Surnames read differently from the same character elsewhere (单 shàn, 曾 zēng,
 * 解 xiè, 仇 qiú …) are read as surnames; other characters with several readings give every
 * reading, capped so a long name cannot explode.
 */
final class NamePinyin {
    private static final int MAX_VARIANTS = 16;
    /** Compound surnames first, so 尉迟 is not read as 尉 + 迟. */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("尉迟", "yuchi"), Map.entry("万俟", "moqi"), Map.entry("单于", "chanyu"),
            Map.entry("单", "shan"), Map.entry("曾", "zeng"), Map.entry("解", "xie"), Map.entry("仇", "qiu"),
            Map.entry("区", "ou"), Map.entry("查", "zha"), Map.entry("朴", "piao"), Map.entry("盖", "ge"),
            Map.entry("覃", "qin"), Map.entry("翟", "zhai"), Map.entry("黑", "he"), Map.entry("繁", "po"),
            Map.entry("员", "yun"), Map.entry("乐", "yue"), Map.entry("长孙", "zhangsun"), Map.entry("缪", "miao"),
            Map.entry("秘", "bi"), Map.entry("种", "chong"), Map.entry("华", "hua"), Map.entry("任", "ren"),
            Map.entry("沈", "shen"), Map.entry("尉", "yu"));
    private static final HanyuPinyinOutputFormat FORMAT = format();

    private NamePinyin() {
    }

    /** Full spellings and initials of every reading, lower-case, without tones. */
    static Readings of(String name) {
        List<List<String>> syllables = new ArrayList<>();
        int start = 0;
        for (String surname : List.of(name.length() >= 2 ? name.substring(0, 2) : "", name.substring(0, Math.min(1, name.length())))) {
            if (!surname.isEmpty() && SURNAMES.containsKey(surname)) {
                syllables.add(List.of(SURNAMES.get(surname)));
                start = surname.length();
                break;
            }
        }
        for (int i = start; i < name.length(); i++) {
            List<String> readings = readings(name.charAt(i));
            if (!readings.isEmpty()) {
                syllables.add(readings);
            }
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        combine(syllables, 0, new StringBuilder(), new StringBuilder(), full, initials);
        return new Readings(List.copyOf(full), List.copyOf(initials));
    }

    private static void combine(List<List<String>> syllables, int index, StringBuilder full, StringBuilder initials,
            Set<String> fulls, Set<String> allInitials) {
        if (fulls.size() >= MAX_VARIANTS) {
            return;
        }
        if (index == syllables.size()) {
            fulls.add(full.toString());
            allInitials.add(initials.toString());
            return;
        }
        for (String syllable : syllables.get(index)) {
            int fullLength = full.length();
            int initialsLength = initials.length();
            full.append(syllable);
            initials.append(syllable.charAt(0));
            combine(syllables, index + 1, full, initials, fulls, allInitials);
            full.setLength(fullLength);
            initials.setLength(initialsLength);
        }
    }

    private static List<String> readings(char character) {
        if (character < 0x80) {
            return Character.isLetterOrDigit(character) ? List.of(String.valueOf(Character.toLowerCase(character))) : List.of();
        }
        try {
            String[] found = PinyinHelper.toHanyuPinyinStringArray(character, FORMAT);
            if (found == null || found.length == 0) {
                return List.of();
            }
            return List.copyOf(new LinkedHashSet<>(List.of(found)));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        return format;
    }

    /** Every full spelling and every string of initials of one name. */
    record Readings(List<String> full, List<String> initials) {
    }
}
