package org.sitedesk.estate.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.estate.EstateImportFiles;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitRow;
import org.sitedesk.estate.UnitType;

/** Import files as DESIGN.md "Import formats" describes them: read, recognised, every row checked. */
class ImportFilesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private EstateImportFiles read(String name, String content) throws Exception {
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        return EstateFileReader.read(List.of(TableReader.read(file)), TODAY);
    }

    private List<String> problems(EstateImportFiles files) {
        return files.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.messageKey()).toList();
    }

    @Test
    void aByteOrderMarkCrlfAndQuotedFieldsAreRead() throws Exception {
        EstateImportFiles files = read("owners.csv", "\uFEFFroom,name,id_type,id_number,phone,since\r\n"
                + "3-2-1502,\"张三, Jr.\",,11010519491231002X,13800138000,2015-07-01\r\n"
                + "\"3-2-1502\",\"李 \"\"小四\"\"\",身份证,440306200002291239,,\r\n");

        assertThat(files.problems()).isEmpty();
        assertThat(files.owners()).extracting(line -> line.row().name()).containsExactly("张三, Jr.", "李 \"小四\"");
        assertThat(files.owners()).extracting(line -> line.line()).containsExactly(2, 3);
        assertThat(files.owners().get(0).row()).isEqualTo(new OwnerRow(new RoomCode("3", "2", "1502"), "张三, Jr.",
                IdType.RESIDENT_ID, "11010519491231002X", "13800138000", Optional.of(LocalDate.of(2015, 7, 1))));
    }

    @Test
    void aLineBreakInsideQuotesKeepsTheFollowingLineNumbersRight() throws Exception {
        EstateImportFiles files = read("owners.csv", "room,name,id_number\n"
                + "3-2-1502,\"张三\n（户主）\",11010519491231002X\n"
                + "3-2-1501,李四,110105194912310021\n");

        assertThat(problems(files)).containsExactly("4:3 error.id.checkDigit");
    }

    @Test
    void chineseHeadersInAnyOrderAreRecognised() throws Exception {
        EstateImportFiles files = read("units.csv", "类型,建筑面积,房号,楼栋,单元,楼层,交付日期\n"
                + "住宅,89.75,3-2-1502,3,2,15,2015/6/30\n"
                + "车位,12.5,p-b1-001,P,B1,b1,\n");

        assertThat(files.problems()).isEmpty();
        assertThat(files.units()).extracting(line -> line.row()).containsExactly(
                new UnitRow(new RoomCode("3", "2", "1502"), "3", "2", "15", UnitType.RESIDENTIAL, new BigDecimal("89.75"),
                        Optional.of(LocalDate.of(2015, 6, 30))),
                new UnitRow(new RoomCode("P", "B1", "001"), "P", "B1", "B1", UnitType.PARKING, new BigDecimal("12.50"),
                        Optional.empty()));
    }

    @Test
    void everyBadCellIsReportedWithItsLineAndColumn() throws Exception {
        EstateImportFiles files = read("units.csv", "room,building,unit,floor,type,area,handover\n"
                + "3-2-1502,3,2,15,residential,89.755,2015-06-31\n"
                + "3-2-1503,4,1,x,villa,0,\n"
                + "3-2,3,2,15,residential,-1,\n"
                + "3-2-1502,3,2,15,residential,80,\n"
                + ",3,2,15,shop,abc,\n");

        assertThat(problems(files)).containsExactlyInAnyOrder(
                "2:6 import.unit.areaDecimals", "2:7 import.cell.dateForm",
                "3:2 import.unit.buildingMismatch", "3:3 import.unit.entranceMismatch", "3:4 import.unit.floorForm",
                "3:5 import.unit.typeUnknown", "3:6 import.unit.areaPositive",
                "4:1 import.unit.roomForm", "4:6 import.unit.areaPositive",
                "5:1 import.unit.duplicateRoom",
                "6:1 import.cell.required", "6:6 import.unit.areaForm");
        assertThat(files.units()).isEmpty();
    }

    @Test
    void ownersAreCheckedByGb11643AndTheMobileForm() throws Exception {
        // DOMAIN.md personal information 4: check digit, real birth date; other documents unchecked
        EstateImportFiles files = read("owners.csv", "房号,姓名,证件类型,证件号码,手机,入住日期\n"
                + "3-2-1502,张三,身份证,11010519491231002X,13800138000,2015-07-01\n"
                + "3-2-1502,李四,身份证,11010519490230002X,1380013800,2015-07-01\n"
                + "3-2-1502,王五,护照,E12345678,0571-87654321,2030-01-01\n"
                + "3-2-1502,赵六,驾照,123,,\n"
                + "3-2-1502,张三,身份证,11010519491231002x,,\n");

        assertThat(problems(files)).containsExactlyInAnyOrder(
                "3:4 error.id.birthDate", "3:5 error.person.phoneForm",
                "4:6 error.person.sinceInFuture",
                "5:3 import.owner.idTypeUnknown",
                "6:4 import.owner.duplicate");
        assertThat(files.owners()).extracting(line -> line.row().name()).containsExactly("张三");
    }

    @Test
    void anUnquotedCommaOrAnUnclosedQuoteIsCaughtAtItsLine() throws Exception {
        EstateImportFiles shifted = read("owners.csv", "room,name,id_number\n"
                + "3-2-1502,张三,11010519491231002X\n"
                + "3-2-1502,欧阳,娜娜,11010519491231002X\n");
        EstateImportFiles unclosed = read("units.csv", "room,building,unit,floor,type,area\n"
                + "3-2-1502,3,2,15,residential,89.75\n"
                + "3-2-1503,\"3,2,15,residential,89.75\n");

        assertThat(problems(shifted)).contains("3:4 import.cell.outsideColumns");
        assertThat(problems(unclosed)).containsExactly("3:2 import.csv.unclosedQuote");
    }

    @Test
    void headerProblemsNameTheColumn() throws Exception {
        EstateImportFiles missing = read("units.csv", "room,building,unit,floor,type\n3-2-1502,3,2,15,residential\n");
        EstateImportFiles unknown = read("owners.csv", "room,name,id_number,email,name\n3-2-1502,张三,11010519491231002X,x,y\n");

        assertThat(problems(missing)).containsExactly("1:1 import.header.unknownKind");
        assertThat(problems(unknown)).containsExactly("1:4 import.header.unknownColumn", "1:5 import.header.repeatedColumn");
    }

    @Test
    void aFileThatIsNotUtf8OrNotASpreadsheetIsRefusedCleanly() throws Exception {
        Path gbk = folder.resolve("gbk.csv");
        Files.write(gbk, "房号,楼栋\n".getBytes("GBK"));
        Path text = Files.writeString(folder.resolve("notes.txt"), "hello");
        Path fake = Files.writeString(folder.resolve("fake.xlsx"), "not a workbook");

        assertThat(TableReader.read(gbk).problems()).extracting(FileProblem::messageKey).containsExactly("import.file.notUtf8");
        assertThat(TableReader.read(text).problems()).extracting(FileProblem::messageKey).containsExactly("import.file.unknownKind");
        assertThat(TableReader.read(fake).problems()).extracting(FileProblem::messageKey).containsExactly("import.file.notXlsx");
    }

    @Test
    void xlsxFirstSheetIsReadWithRowNumbersAndTextAsWritten() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("房产");
        List<String> header = List.of("房号", "楼栋", "单元", "楼层", "类型", "建筑面积");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(2, 0, "3-2-1502");
        sheet.value(2, 1, 3);
        sheet.value(2, 2, 2);
        sheet.value(2, 3, 15);
        sheet.value(2, 4, "住宅");
        sheet.value(2, 5, 89.75);
        workbook.finish();

        Table table = TableReader.read("units.xlsx", new ByteArrayInputStream(bytes.toByteArray()));
        EstateImportFiles files = EstateFileReader.read(List.of(table), TODAY);

        assertThat(files.problems()).isEmpty();
        assertThat(files.units()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.row().floor()).isEqualTo("15");
            assertThat(line.row().area()).isEqualByComparingTo("89.75");
        });
    }

    @Test
    void exportedFilesReadBackToTheSameRowsInCsvAndXlsx() throws Exception {
        List<UnitRow> units = List.of(
                new UnitRow(new RoomCode("3", "2", "1502"), "3", "2", "15", UnitType.RESIDENTIAL, new BigDecimal("89.75"),
                        Optional.of(LocalDate.of(2015, 6, 30))),
                new UnitRow(new RoomCode("S", "1", "101"), "S", "1", "1", UnitType.SHOP, new BigDecimal("45.00"),
                        Optional.empty()));
        List<OwnerRow> owners = List.of(new OwnerRow(new RoomCode("3", "2", "1502"), "欧阳, 娜娜", IdType.PASSPORT, "E1234567",
                "0571-87654321", Optional.of(LocalDate.of(2015, 7, 1))));
        for (String extension : List.of("csv", "xlsx")) {
            Path unitFile = folder.resolve("units." + extension);
            Path ownerFile = folder.resolve("owners." + extension);
            TableWriter.write(unitFile, ImportKind.UNITS.englishHeader(), units.stream().map(RowFormats::unit).toList());
            TableWriter.write(ownerFile, ImportKind.OWNERS.englishHeader(), owners.stream().map(RowFormats::owner).toList());

            EstateImportFiles back = EstateFileReader.read(List.of(TableReader.read(unitFile), TableReader.read(ownerFile)),
                    TODAY);

            assertThat(back.problems()).as(extension).isEmpty();
            assertThat(back.units()).extracting(line -> line.row()).as(extension).isEqualTo(units);
            assertThat(back.owners()).extracting(line -> line.row()).as(extension).isEqualTo(owners);
        }
    }
}
