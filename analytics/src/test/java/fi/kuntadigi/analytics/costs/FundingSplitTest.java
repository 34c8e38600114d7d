package fi.kuntadigi.analytics.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FundingSplitTest {

    /** The application's table (item 25), as written. */
    static final List<StatedShare> APPLICATION = List.of(new StatedShare("214", 11471, 1_273_281),
            new StatedShare("099", 1666, 184_926), new StatedShare("181", 1809, 200_799),
            new StatedShare("230", 2390, 265_290), new StatedShare("608", 2146, 238_206),
            new StatedShare("747", 1458, 161_838));

    @Test
    void perCapitaRateIsOneEuroElevenCents() {
        assertEquals(111, FundingSplit.perCapitaRate(2_325_000, 20_940));
    }

    @Test
    void applicationsMethodReproducesItsTableToTheCent() {
        for (FundingSplit.Share s : FundingSplit.compute(2_325_000, APPLICATION)) {
            assertEquals(s.statedCents(), s.perCapitaMethodCents(), s.municipalityCode());
        }
    }

    @Test
    void largestRemainderSharesAddUpToTheStatedTotal() {
        assertEquals(2_325_000, FundingSplit.compute(2_325_000, APPLICATION).stream()
                .mapToLong(FundingSplit.Share::computedCents).sum());
    }

    @Test
    void applicationsMethodLeavesSixEurosSixtyUnallocated() {
        long sum = FundingSplit.compute(2_325_000, APPLICATION).stream()
                .mapToLong(FundingSplit.Share::perCapitaMethodCents).sum();
        assertEquals(2_324_340, sum);
    }
}
