/**
 * The Element Timing identifier of the board's heading (read by
 * tests/bench/load.bench.ts). The heading is rendered in the same commit as
 * the board's data, so its render time is the first frame painted with the
 * board on screen: where a person would say "I can use it now". A mark set in
 * an effect came before that frame by the rest of the commit's effects, the
 * re-renders they cause and the first layout (about 100 ms on a 20-role plan).
 */
export const BOARD_PAINTED = 'board-painted';
