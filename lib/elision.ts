// French elides "de" before a vowel: "le compte d’Aïssata", "le rôle de Moussa". A leading h is
// left alone: in names from Mali it is usually aspirated ("de Hamadoun").
export function ofName(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(name.trim()) ? `d’${name}` : `de ${name}`
}
