// Public exports of the judge subsystem are listed here by its owner.
export {};
