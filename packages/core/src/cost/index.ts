// Public exports of the cost subsystem are listed here by its owner.
export {};
