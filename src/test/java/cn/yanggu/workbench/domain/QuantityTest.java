package cn.yanggu.workbench.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityTest {
    @ParameterizedTest(name = "\"{0}\" in {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "1,234.5|万元|1234.5",
        "1，700，000|万元|1700000",
        "１２３．４|万元/亩|123.4",
        "12。5|%|12.5",
        " 4.7 |万元/亩|4.7",
        "170亿元|万元|1700000",
        "1700000万元|万元|1700000",
        "5%|%|5",
        "2.5万吨|吨|25000",
        "－3|个|-3",
        "1 234 567|万元|1234567",
        "170 亿元|万元|1700000",
        "2,634.8|万美元|2634.8"})
    void typedAndPastedNumbersAreRead(String text, String unit, double expected) {
        assertEquals(expected, Quantity.parse(text, unit).value().orElseThrow(), 1e-9);
    }

    @Test
    void blankMeansClear() {
        var p = Quantity.parse("  ", "万元");
        assertTrue(p.value().isEmpty());
        assertTrue(p.problem().isEmpty());
    }

    @Test
    void textIsNotANumber() {
        assertEquals(Problem.Kind.NOT_A_NUMBER, Quantity.parse("约三百", "个").problem().orElseThrow());
        assertEquals(Problem.Kind.NOT_A_NUMBER, Quantity.parse("1.2.3", "个").problem().orElseThrow());
    }

    /** Thousands separators only where a number really has them: "1,2,3" is not 123. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1,2,3", "12,34", "1,2345", "1，2，3", "1,234,56"})
    void misplacedSeparatorsAreRefused(String text) {
        assertEquals(Problem.Kind.NOT_A_NUMBER, Quantity.parse(text, "个").problem().orElseThrow(), text);
    }

    @Test
    void aUnitOfAnotherFamilyIsRefused() {
        var p = Quantity.parse("3吨", "万元");
        assertEquals(Problem.Kind.UNIT_MISMATCH, p.problem().orElseThrow());
        assertEquals("吨", p.unitTyped());
        assertEquals(Problem.Kind.UNIT_MISMATCH, Quantity.parse("5万美元", "万元").problem().orElseThrow());
    }
}
