/** Where a page's data is: not asked for yet, on its way, here, or failed (with an AppError). */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
