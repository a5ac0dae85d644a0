export interface CouncilOption {
  gssCode: string;
  name: string;
}

export interface SelectItem {
  value: string;
  text: string;
}

/** The govukSelect items for a council picker: an empty first choice, so nobody is put in a council by default. */
export function councilSelectItems(councils: readonly CouncilOption[], placeholder = 'Select a council'): SelectItem[] {
  return [{ value: '', text: placeholder }, ...councils.map((council) => ({ value: council.gssCode, text: council.name }))];
}
