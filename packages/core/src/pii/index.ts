// Public exports of the pii subsystem are listed here by its owner.
export {};
