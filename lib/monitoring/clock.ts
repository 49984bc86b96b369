// Time as a parameter, so tests can move it (staleness after N days) without waiting.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
