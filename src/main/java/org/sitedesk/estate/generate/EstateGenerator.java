package org.sitedesk.estate.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitRow;
import org.sitedesk.estate.UnitType;

/**
 * A synthetic estate in the import formats, the same for the same seed: residential towers with
 * entrances and floors, a row of shops, an office floor and underground parking; owners with
 * common Chinese names, valid resident ID numbers and mobile numbers. For demos and load tests.
 */
public final class EstateGenerator {
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "单", "解", "仇", "区", "欧阳", "司马"};
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕丹玉兰红梅晨阳浩然子涵欣怡"
            + "宇轩思远梓萱一诺雨桐俊杰佳怡文博晓东春梅丽娟";
    private static final String[] AREA_CODES = {"330102", "330106", "330108", "110105", "310104", "440305", "320106",
        "510107", "420106", "370102"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
        "152", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189", "199"};
    private static final String PLATE_LETTERS = "ABCDEFGHJK";

    private final long seed;

    public EstateGenerator(long seed) {
        this.seed = seed;
    }

    /** Exactly {@code units} units: about 88% homes, 6% shops, 2% offices, the rest parking. */
    public GeneratedEstate generate(int units) {
        Random random = new Random(seed);
        List<UnitRow> rows = new ArrayList<>(units);
        int shops = Math.max(units >= 20 ? 1 : 0, units * 6 / 100);
        int offices = units * 2 / 100;
        int parking = units >= 20 ? Math.max(1, units * 4 / 100) : 0;
        int homes = units - shops - offices - parking;
        addHomes(random, rows, homes);
        addShops(random, rows, shops);
        addOffices(random, rows, offices);
        addParking(rows, parking);
        List<OwnerRow> owners = new ArrayList<>();
        List<GeneratedEstate.Plate> plates = new ArrayList<>();
        for (UnitRow unit : rows) {
            if (random.nextInt(100) < 3) {
                continue; // unsold or not yet registered: a unit with no owner
            }
            int count = owners(random, unit.type());
            String surname = surname(random);
            for (int k = 0; k < count; k++) {
                String name = (k == 0 ? surname : surname(random)) + given(random);
                LocalDate since = unit.handover().orElse(LocalDate.of(2015, 1, 1)).plusDays(random.nextInt(400));
                owners.add(new OwnerRow(unit.room(), name, IdType.RESIDENT_ID, idNumber(random), mobile(random),
                        Optional.of(since)));
            }
            if (unit.type() == UnitType.RESIDENTIAL && random.nextInt(100) < 20) {
                plates.add(new GeneratedEstate.Plate(unit.room(), "浙" + PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()))
                        + String.format("%05d", random.nextInt(100000))));
            }
        }
        return new GeneratedEstate(rows, owners, plates);
    }

    /** Homes are mostly held by a couple, sometimes with a parent; shops and offices by one or two. */
    private static int owners(Random random, UnitType type) {
        int dice = random.nextInt(100);
        if (type == UnitType.RESIDENTIAL) {
            return dice < 10 ? 1 : dice < 70 ? 2 : 3;
        }
        return dice < 70 ? 1 : 2;
    }

    private static void addHomes(Random random, List<UnitRow> rows, int homes) {
        int building = 1;
        while (rows.size() < homes) {
            int entrances = 2 + random.nextInt(2);
            int floors = 11 + random.nextInt(23);
            int perFloor = 2 + random.nextInt(3);
            LocalDate handover = LocalDate.of(2012 + random.nextInt(10), 1 + random.nextInt(12), 1).plusDays(random.nextInt(27));
            for (int entrance = 1; entrance <= entrances && rows.size() < homes; entrance++) {
                BigDecimal[] layouts = new BigDecimal[perFloor];
                for (int r = 0; r < perFloor; r++) {
                    layouts[r] = BigDecimal.valueOf(60 + random.nextInt(120) + random.nextInt(100) / 100.0)
                            .setScale(2, RoundingMode.HALF_UP);
                }
                for (int floor = 1; floor <= floors && rows.size() < homes; floor++) {
                    for (int room = 1; room <= perFloor && rows.size() < homes; room++) {
                        String code = building + "-" + entrance + "-" + floor + String.format("%02d", room);
                        rows.add(new UnitRow(RoomCode.parse(code).orElseThrow(), String.valueOf(building),
                                String.valueOf(entrance), String.valueOf(floor), UnitType.RESIDENTIAL, layouts[room - 1],
                                Optional.of(handover)));
                    }
                }
            }
            building++;
        }
    }

    private static void addShops(Random random, List<UnitRow> rows, int shops) {
        for (int i = 1; i <= shops; i++) {
            rows.add(new UnitRow(RoomCode.parse("S-1-" + (100 + i)).orElseThrow(), "S", "1", "1", UnitType.SHOP,
                    BigDecimal.valueOf(40 + random.nextInt(160)).setScale(2), Optional.of(LocalDate.of(2016, 5, 1))));
        }
    }

    private static void addOffices(Random random, List<UnitRow> rows, int offices) {
        for (int i = 1; i <= offices; i++) {
            int floor = 2 + (i - 1) / 10;
            rows.add(new UnitRow(RoomCode.parse("O-1-" + floor + String.format("%02d", (i - 1) % 10 + 1)).orElseThrow(),
                    "O", "1", String.valueOf(floor), UnitType.OFFICE,
                    BigDecimal.valueOf(80 + random.nextInt(300)).setScale(2), Optional.of(LocalDate.of(2017, 3, 1))));
        }
    }

    private static void addParking(List<UnitRow> rows, int spaces) {
        for (int i = 1; i <= spaces; i++) {
            String level = i <= (spaces + 1) / 2 ? "B1" : "B2";
            int number = level.equals("B1") ? i : i - (spaces + 1) / 2;
            rows.add(new UnitRow(RoomCode.parse("P-" + level + "-" + String.format("%03d", number)).orElseThrow(), "P",
                    level, level, UnitType.PARKING, new BigDecimal("12.50"), Optional.of(LocalDate.of(2016, 5, 1))));
        }
    }

    private static String surname(Random random) {
        // rare surnames (and their special readings) appear now and then, common ones mostly
        int index = random.nextInt(100) < 94 ? random.nextInt(20) : 20 + random.nextInt(SURNAMES.length - 20);
        return SURNAMES[index];
    }

    private static String given(Random random) {
        int length = random.nextInt(100) < 70 ? 2 : 1;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
        String first17 = AREA_CODES[random.nextInt(AREA_CODES.length)]
                + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String mobile(Random random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
