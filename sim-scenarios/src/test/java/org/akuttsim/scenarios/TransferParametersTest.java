package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.TransferRules;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/** The transfer.* parameters: off in the embedded regions, on by a parameter, Orkdal sending to St. Olavs. */
class TransferParametersTest {

    @Test
    void transfersAreOffByDefaultAndOrkdalSendsToStOlavsWhenASharIsSet() {
        assertSame(TransferRules.NONE, DefaultRegion.stOlav().baseline().transfers());
        ChainScenario s = DefaultRegion.stOlav().baselineWith(Map.of("transfer.share.red.trauma", 1.0, "transfer.booked_per_day", 1.0));
        TransferRules t = s.transfers();
        assertTrue(t.any());
        assertEquals("st_olavs", s.region().hospitals().get(t.receivingHospital()).id(), "the hospital with the most ED spaces");
        Responses out = new Responses();
        ChainModel.simulate(s, new Replication(0, new StreamFactory(7L).forReplication(0), 0, 28 * 1440)).record(out);
        // Booked: Poisson(1) a weekday from Orkdal over 20 weekdays, plus the RED trauma patients taken to Orkdal.
        assertTrue(out.get("transfer.missions") >= 8, "transfers: " + out.get("transfer.missions"));
        assertTrue(out.get("transfer.urgent") < out.get("transfer.missions"), "some booked");
        assertTrue(out.get("transfer.km") > 30 * out.get("transfer.missions"), "Orkanger to Trondheim is ≈ 40 km: " + out.get("transfer.km"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DefaultRegion.stOlav().baselineWith(
                Map.of("transfer.booked_start_hour", 16.0, "transfer.booked_end_hour", 8.0)));
        assertTrue(e.getMessage().contains("transfer.booked_end_hour"), e.getMessage());
        assertFalse(DefaultRegion.helseMidtNorge().baseline().transfers().any());
    }
}
