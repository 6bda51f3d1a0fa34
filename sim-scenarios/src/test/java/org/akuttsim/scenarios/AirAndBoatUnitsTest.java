package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.UnitType;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.io.InputValidationException;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** units.csv's air and boat columns: the embedded (commented) Trondheim helicopter switched on, and located errors. */
class AirAndBoatUnitsTest {

    @Test
    void theTrondheimHelicopterOfTheEmbeddedRegionFliesWhenSwitchedOn(@TempDir Path dir) throws Exception {
        ScenarioDirectoryTest.copyDefault(dir);
        Path units = dir.resolve("units.csv");
        String text = Files.readString(units);
        assertTrue(text.contains("\n# hems_trondheim,"), "the embedded region lists the helicopter, switched off");
        Files.writeString(units, text.replace("\n# hems_trondheim,", "\nhems_trondheim,"));
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        UnitSpec hems = d.baseline().fleet().units().stream().filter(u -> u.id().equals("hems_trondheim")).findFirst().orElseThrow();
        assertEquals(UnitType.AIR_AMBULANCE, hems.type());
        assertNotNull(hems.craft());
        assertEquals(240, hems.craft().speedKmh(), 0.0);
        assertEquals(30, hems.craft().minRoadMinutes(), 0.0);
        ChainScenario s = d.baseline();
        Responses out = new Responses();
        ChainModel.simulate(s, new Replication(0, new StreamFactory(3L).forReplication(0), 0, 91 * 1440)).record(out);
        assertTrue(out.get("craft.air.missions") > 10, "helicopter missions in a quarter: " + out.get("craft.air.missions"));
        assertEquals(out.get("craft.air.hours") * 0.853, out.get("craft.air.co2.tonnes"), 1e-9);
    }

    @Test
    void craftColumnsAreCheckedAtTheirLineAndColumn(@TempDir Path dir) throws Exception {
        ScenarioDirectoryTest.copyDefault(dir);
        Files.writeString(dir.resolve("units.csv"), ScenarioDirectoryTest.message(
                "unit_id,station,type,schedule,speed_kmh,route_factor,availability",
                "a1,storen,emergency_ambulance,24/7,,,",
                "car,storen,emergency_ambulance,24/7,80,,",
                "heli,storen,air_ambulance,24/7,240,0.5,",
                "boat,storen,boat_ambulance,24/7,,1.3,",
                "boat2,storen,boat_ambulance,24/7,46,1.3,1.5"));
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        String all = e.getMessage();
        assertTrue(all.contains("units.csv line 3, column 'speed_kmh'") && all.contains("only air_ambulance and boat_ambulance"), all);
        assertTrue(all.contains("units.csv line 4, column 'route_factor'"), all);
        assertTrue(all.contains("units.csv line 5, column 'route_factor'") && all.contains("needs speed_kmh"), all);
        assertTrue(all.contains("units.csv line 6, column 'availability'"), all);
    }
}
