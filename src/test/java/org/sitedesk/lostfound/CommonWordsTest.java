package org.sitedesk.lostfound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words in common between Chinese descriptions (issue 17 item 3): neighbouring characters, not spaces. */
class CommonWordsTest {
    @Test
    void twoWordingsOfTheSameWalletShareItsWords() {
        assertThat(CommonWords.between("黑色皮革钱包，内有身份证", "丢了一个黑色钱包，里面有身份证"))
                .containsExactly("黑色", "钱包", "身份", "份证");
    }

    @Test
    void grammaticalCharactersAndSingleCharactersSayNothing() {
        assertThat(CommonWords.between("我的伞", "他的包")).isEmpty();
        assertThat(CommonWords.between("一个水杯", "一个手机")).isEmpty();
    }

    @Test
    void lettersAndDigitsCountAsWholeWordsWhateverTheirCase() {
        assertThat(CommonWords.between("iPhone 15 白色", "丢了IPHONE手机，型号15")).containsExactly("iphone", "15");
    }
}
