// Public exports of the drift subsystem are listed here by its owner.
export {};
