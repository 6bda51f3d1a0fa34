package org.akuttsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyedRandomPeekTest {

    @Test
    void peekingAheadReturnsTheDrawThatWouldComeWithoutAdvancing() {
        KeyedRandom peek = new KeyedRandom();
        KeyedRandom draw = new KeyedRandom();
        for (long key = -3; key < 200; key++) {
            for (int part = 0; part < 3; part++) {
                peek.reseed(key * 0x9E37_79B9_7F4A_7C15L, part);
                draw.reseed(key * 0x9E37_79B9_7F4A_7C15L, part);
                double first = peek.peekDouble(1), third = peek.peekDouble(3);
                assertEquals(Double.doubleToRawLongBits(first), Double.doubleToRawLongBits(draw.nextDouble()));
                draw.nextDouble();
                assertEquals(Double.doubleToRawLongBits(third), Double.doubleToRawLongBits(draw.nextDouble()));
                // peeking did not advance: the stream still starts with the first draw
                assertEquals(Double.doubleToRawLongBits(first), Double.doubleToRawLongBits(peek.nextDouble()));
            }
        }
    }
}
