/**
 * Pounds as GOV.UK writes them: "£1,200" for whole pounds, "£1,200.50" otherwise. Works on the
 * exact decimal strings the services return, so no amount passes through a float.
 */
export function formatPounds(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const pence = fraction.padEnd(2, '0').slice(0, 2);
  return pence === '00' ? `£${grouped}` : `£${grouped}.${pence}`;
}

/** "£120 to £500 per user per month"; one amount when both ends agree. */
export function formatPriceRange(price: { min: string | null; max: string | null; unit: string | null } | null): string {
  if (!price || price.min === null) return 'No price given';
  const unit = price.unit ? ` ${price.unit}` : '';
  if (price.max === null || price.max === price.min) return `${formatPounds(price.min)}${unit}`;
  return `${formatPounds(price.min)} to ${formatPounds(price.max)}${unit}`;
}
