package org.akuttsim.chain;

/**
 * A hospital with an emergency department (ED).
 *
 * @param id          unique name
 * @param zone        index of the zone the hospital sits in
 * @param edSpaces    ED treatment spaces (count, &ge; 1)
 * @param wardBeds    ward beds available for emergency admissions (count, &ge; 0)
 * @param pci         true if the hospital is a PCI centre (chest pain with RED need goes here)
 * @param strokeCentre true if the hospital gives stroke thrombolysis/thrombectomy (stroke with RED need goes here)
 */
public record Hospital(String id, int zone, int edSpaces, int wardBeds, boolean pci, boolean strokeCentre) {
    /**
     * Checks that the id is not blank, the zone an index, ED spaces &ge; 1 and ward beds &ge; 0.
     *
     * @param id unique name
     * @param zone index of the zone the hospital sits in
     * @param edSpaces ED treatment spaces
     * @param wardBeds ward beds for emergency admissions
     * @param pci true for a PCI centre
     * @param strokeCentre true for a stroke centre
     */
    public Hospital {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("hospital id must not be empty");
        }
        if (zone < 0) {
            throw new IllegalArgumentException("zone of hospital " + id + " must be an index >= 0, was " + zone);
        }
        if (edSpaces < 1) {
            throw new IllegalArgumentException("ED treatment spaces of hospital " + id + " must be >= 1, was " + edSpaces);
        }
        if (wardBeds < 0) {
            throw new IllegalArgumentException("ward beds of hospital " + id + " must be >= 0, was " + wardBeds);
        }
    }
}
