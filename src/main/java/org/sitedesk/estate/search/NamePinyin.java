package org.sitedesk.estate.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The ways a clerk may type a Chinese name in pinyin: full ({@code zhangsan}) and initials
 * ({@code zs}). Surnames read differently from the same characters elsewhere (单 shàn, 曾 zēng,
 * 万俟 mò qí, 尉迟 yù chí …, see {@link Surnames}) are read as surnames only; other characters with
 * several readings give every reading, capped so a long name cannot explode.
 */
final class NamePinyin {
    private static final int MAX_VARIANTS = 16;
    private static final HanyuPinyinOutputFormat FORMAT = format();

    private NamePinyin() {
    }

    /** Full spellings and initials of every reading, lower-case, without tones. */
    static Readings of(String name) {
        List<List<String>> syllables = new ArrayList<>();
        Optional<Surnames.Surname> surname = Surnames.startOf(name);
        surname.ifPresent(found -> found.syllables().forEach(syllable -> syllables.add(List.of(syllable))));
        for (int i = surname.map(Surnames.Surname::length).orElse(0); i < name.length(); i++) {
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
