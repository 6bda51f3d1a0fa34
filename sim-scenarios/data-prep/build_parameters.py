#!/usr/bin/env python3
"""Writes parameters.csv of the embedded St. Olavs region from the defaults of
shared/domain-brief.md ("Suggested default parameters"). Each row cites the brief's section and its
source type (S = source, D = derived, A = assumption); assumptions start with "ASSUMPTION:"."""
import csv, os
out = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "org", "akuttsim", "scenarios",
                   "region", "stolav", "parameters.csv")
B = "domain-brief.md 'Suggested default parameters'"
rows = []
def p(name, value, unit, source):
    rows.append([name, value, unit, source])

ages = ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"]
rates = [84, 63, 98, 84, 91, 119, 183, 323, 632, 1054]
for a, r in zip(ages, rates):
    p(f"demand.missions_per_1000.{a}", r, "per 1000 per year",
      f"ASSUMPTION: {B}, Demand, age-specific mission rates (assumed shape calibrated to 140 missions per 1,000 in 2021; checked against Tokyo/Melbourne/Finland ratios, domain-brief-additions §2)")
p("demand.trend_per_year", 0, "fraction per year", f"ASSUMPTION: demography only; {B} gives +2 %/yr (SSB pre-pandemic) and +5 %/yr acute as sensitivities")
p("demand.share_of_missions_from_113", 0.50, "fraction", f"{B}: 'slightly over 50 % of AMK activity booked' (S, 2013, Helsedirektoratet); the rest are booked requests from GP/legevakt/hospital, modelled as calls that always get an ambulance")
p("amk.no_ambulance_share_113", 0.30, "fraction", f"ASSUMPTION: {B}, 113 call disposition without ambulance 30 % (no Norwegian figure found)")
p("amk.no_ambulance_split.legevakt", 0.50, "fraction", "ASSUMPTION: split of no-ambulance outcomes (weekday daytime); out of hours the GP share goes to legevakt")
p("amk.no_ambulance_split.gp_municipal", 0.30, "fraction", "ASSUMPTION: see amk.no_ambulance_split.legevakt")
p("amk.no_ambulance_split.advice", 0.20, "fraction", "ASSUMPTION: see amk.no_ambulance_split.legevakt")
p("amk.operators", 3, "count", "ASSUMPTION: AMK call handlers on duty; enough for the 113 answering target (90 % within 10 s, akuttmedisinforskriften §15b, domain-brief §1)")
p("amk.call_to_dispatch_mean", 2.5, "min", f"ASSUMPTION: call start to unit alerted, all levels; {B} gives red median 2 min (S foreign, Denmark level A 2:01) and yellow 5 min (A); 113 talk time is 3.4 min (Bergen 2019) but RED units are alerted during the call")
p("amk.call_to_dispatch_cv", 0.6, "ratio", f"ASSUMPTION: {B}, call handling CV ≈ 0.6 (lognormal)")
p("triage.mission_share.red", 0.43, "fraction", f"{B}: urgency mix of missions 43/36/21 (D estimate from national 2023 figures, SSB via Dagens Medisin); AMK Sør-Trøndelag has HMN's highest red share (sensitivity 45-50 %)")
p("triage.mission_share.yellow", 0.36, "fraction", f"{B}: see triage.mission_share.red")
p("triage.mission_share.green", 0.21, "fraction", f"{B}: see triage.mission_share.red")
p("triage.red_overtriaged", 0.70, "fraction", "domain-brief §2: 70 % of red situations not life-threatening (NACA 0-3), 3 AMKs 2007 (Zakariassen 2010, S); ASSUMPTION: read as 'true need below RED', i.e. over-triaged")
p("triage.red_overtriaged_to_yellow", 0.80, "fraction", "ASSUMPTION: of over-triaged RED calls, 80 % have true need YELLOW and 20 % GREEN")
p("triage.yellow_overtriaged", 0.20, "fraction", "ASSUMPTION: share of YELLOW missions whose true need is GREEN (Vestfold AMK self-audit 1993 found 9 % of all responses exaggerated, domain-brief §2)")
p("triage.green_no_ambulance_need", 0.30, "fraction", "ASSUMPTION: share of GREEN missions whose true need is no ambulance (legevakt/GP). No Norwegian figure; shaped by domain-brief §2: Oslo stroke dispatch, 68 % of false positives referred to GP/legevakt or left at scene (2019-2020); HMN attributes its 2023 fall in missions to an AMK drive against unnecessary ambulance use")
p("triage.undertriage", 0.03, "fraction", "domain-brief §2: Vestfold AMK self-audit, response inadequate in 3 % (S, 1993); applied to every assigned level: 3 % of calls assigned a level have true need one level more urgent")
p("condition.share.chest_pain", 0.15, "fraction", "ASSUMPTION: chest pain share of calls; chest pain is 22 % of red situations (domain-brief §2, S 2007)")
p("condition.share.stroke", 0.05, "fraction", "ASSUMPTION: stroke share of calls (no Norwegian figure found)")
p("condition.share.sepsis", 0.05, "fraction", "ASSUMPTION: sepsis share of calls (HMN 'infection' missions 6.9-12.7 %, domain-brief §2)")
p("condition.share.trauma", 0.15, "fraction", "ASSUMPTION: trauma share of calls (Finland: trauma ≈ 1/4 of EMS missions, domain-brief-additions §2)")
p("condition.share.other", 0.60, "fraction", "ASSUMPTION: the remainder")
p("activation.red", 1, "min", f"ASSUMPTION: {B}, activation (chute) time red 1 min")
p("activation.yellow", 2, "min", f"ASSUMPTION: {B}, activation yellow 2 min")
p("activation.green", 5, "min", f"ASSUMPTION: {B}, activation green 5 min")
p("activation.cv", 0.5, "ratio", "ASSUMPTION: lognormal CV of activation time")
p("on_scene.red", 20, "min", f"ASSUMPTION: {B}, on-scene red 20 min (lognormal); DK 18.7 min for conveyed patients (domain-brief-additions §4)")
p("on_scene.yellow", 20, "min", f"ASSUMPTION: {B}, on-scene yellow 20 min")
p("on_scene.green", 15, "min", f"ASSUMPTION: {B}, on-scene green 15 min")
p("on_scene.cv", 0.5, "ratio", "ASSUMPTION: lognormal CV of on-scene time (US stroke scene time median 15, p90 24.3 min gives CV ≈ 0.45, domain-brief-additions §4)")
p("scene.treat_and_leave", 0.08, "fraction", f"{B}: 8 % of red+yellow missions at baseline (S: Bergen 7.3 %); scenario 15-30 %")
p("scene.treat_and_leave_true_red", 0.02, "fraction", "ASSUMPTION: patients whose true need is RED are nearly always conveyed; the other needs get the probability that makes the overall share scene.treat_and_leave")
p("travel.detour_factor", 1.35, "ratio", "ASSUMPTION: road km per great-circle km (fjords and valleys; no road distances in region-data)")
p("travel.speed_urban", 40, "km/h", "ASSUMPTION: mean road speed between urban zones; to be calibrated so RED median ≈ 9.7 min urban (domain-brief §1)")
p("travel.speed_rural", 70, "km/h", "ASSUMPTION: mean road speed otherwise; to be calibrated so RED median ≈ 15.1 min rural (domain-brief §1)")
p("travel.intra_zone_km", 6, "km", "ASSUMPTION: road km of a trip inside one zone (a zone is an area; one value for all zones)")
p("travel.lights_and_sirens_factor", 0.8, "ratio", "ASSUMPTION: RED drives take 80 % of normal minutes")
p("ed.arrivals_per_1000", 88, "per 1000 per year", "domain-brief §5 (D): 28,822 adult ED contacts at St. Olav 2021 / 327,574 local-hospital population")
p("ed.non_ambulance_share", 0.40, "fraction", "ASSUMPTION: share of ED arrivals that come as walk-ins or GP/legevakt referrals rather than by ambulance")
p("ed.admission_share", 0.61, "fraction", f"{B}: admission fraction from ED 61 % (S: St. Olav 2021, Tidsskriftet 2024); scenario range 55-75 %")
p("ed.los_mean", 2.9, "h", f"{B}: ED length of stay mean 2.9 h (S: St. Olav 2011-2018)")
p("ed.los_cv", 0.59, "ratio", "ASSUMPTION: lognormal CV giving median ≈ 2.5 h (domain-brief)")
p("ward.stay_mean", 4.25, "days", "domain-brief §5: mean somatic length of stay 4.25 days (S: St. Olav 2018)")
p("ward.stay_cv", 1.0, "ratio", "ASSUMPTION: lognormal CV of ward stay")
p("handover.median", 15, "min", f"ASSUMPTION: {B}, handover at ED median 15 min (US offload median 11 min)")
p("handover.cv", 0.5, "ratio", "ASSUMPTION: lognormal CV of handover")
p("handover.crowding_threshold", 0.85, "ratio", f"ASSUMPTION: {B}, handover lengthens above 85 % ED occupancy")
p("handover.crowding_minutes_per_10pct", 5, "min", f"ASSUMPTION: {B}, +5 min per 10 % occupancy above the threshold")
hourly = [3.0, 2.6, 2.3, 2.0, 1.9, 2.0, 2.4, 3.2, 4.3, 5.3, 5.9, 6.1, 6.0, 5.8, 5.6, 5.4, 5.3, 5.2, 5.0, 4.8, 4.5, 4.2, 3.8, 3.4]
for h, v in enumerate(hourly):
    p(f"profile.hour.{h:02d}", v, "percent", f"ASSUMPTION: {B}, Time profiles, hourly share of 113 calls and ambulance demand (shaped by Copenhagen, Swedish ED inflow, NEMSIS)")
for d, v in zip(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], [1.03, 0.98, 0.97, 0.97, 1.00, 1.08, 0.97]):
    p(f"profile.day.{d}", v, "multiplier", f"ASSUMPTION: {B}, Time profiles, day-of-week multipliers for 113 (Copenhagen Saturday peak)")
p("emissions.diesel", 12, "L/100km", f"ASSUMPTION: {B}, Emissions: base van 6.8-9.7 L/100 km plus ambulance body, equipment, idling")
p("emissions.co2_per_litre", 2.66, "kg/L", "domain-brief §8: 2.66 kg CO2 per litre diesel (S: Miljødirektoratet, National Inventory Report 2021)")
p("emissions.fossil_share", 0.85, "fraction", "domain-brief §8: 15 vol % biodiesel in road diesel 2020 (S); biogenic CO2 excluded by convention, so fossil CO2 = litres × 2.66 × 0.85")
p("target.urban", 12, "min", "domain-brief §1: 90 % of RED within 12 min in urban areas (S: NOU 1998:8, St.meld. 43 1999-2000)")
p("target.rural", 25, "min", "domain-brief §1: 90 % of RED within 25 min in rural areas (S)")
p("calibration.missions_per_1000", 140, "per 1000 per year", f"{B}: 140 per 1,000 (D: HMN 136-145 per 1,000 in 2022-23)")
p("calibration.red_share", 0.43, "fraction", f"{B}: urgency mix (D estimate, national 2023)")
p("calibration.red_p50_urban", 9.7, "min", "domain-brief §1: national median acute response urban 9.7 min (S, 2020)")
p("calibration.red_p50_rural", 15.1, "min", "domain-brief §1: national median acute response rural 15.1 min (S, 2020)")
p("calibration.red_p90_urban", 18.2, "min", "domain-brief §1: HMN 90th percentile urban 18.2 min (S, 2013)")
p("calibration.red_p90_rural", 31.3, "min", "domain-brief §1: HMN 90th percentile rural 31.3 min (S, 2013)")
p("calibration.ed_arrivals_per_1000", 88, "per 1000 per year", "domain-brief §5 (D): 28,822 / 327,574")
p("calibration.admission_share", 0.61, "fraction", "domain-brief §5: St. Olav 2021 61 % (S)")
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["name", "value", "unit", "source"])
    w.writerows(rows)
print(len(rows), "parameters")
