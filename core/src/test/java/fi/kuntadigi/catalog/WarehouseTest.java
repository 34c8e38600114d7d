package fi.kuntadigi.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.Warehouse.Layout;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a warehouse is: a local folder, a file: URI or a Hadoop filesystem URI, with one layout. */
class WarehouseTest {

    @Test
    void aPathOrAFileUriIsALocalFolder() {
        Warehouse relative = Warehouse.at("warehouse");
        assertTrue(relative.isLocal());
        assertEquals(Path.of("warehouse").toAbsolutePath(), relative.root());
        assertEquals(new Warehouse(Path.of("/srv/w")), Warehouse.at("file:///srv/w/"));
        assertEquals(Path.of("/srv/w/marts/potential_index"), Warehouse.at("/srv/w").mart("potential_index"));
        assertEquals("/srv/w", Warehouse.at("/srv/w").toString());
    }

    @Test
    void aHadoopUriIsRemoteWithTheSameLayout() {
        Warehouse hdfs = Warehouse.at("hdfs://namenode:8020/kuntadigi/");
        assertFalse(hdfs.isLocal());
        assertEquals(URI.create("hdfs://namenode:8020/kuntadigi"), hdfs.location());
        assertEquals(URI.create("hdfs://namenode:8020/kuntadigi/_versions/_marts/potential_index"),
                hdfs.uri(Layout.martVersions("potential_index")));
        assertEquals(URI.create("s3a://bucket/marts/potential_index.current"),
                Warehouse.at("s3a://bucket").uri(Layout.pointer(Layout.mart("potential_index"))));
    }

    @Test
    void aRemoteWarehouseHasNoLocalFolderAndSaysHowToGetTheMarts() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Warehouse.at("hdfs://namenode:8020/kuntadigi").martGlob("potential_index"));
        assertTrue(e.getMessage().contains("kuntadigi marts pull --from hdfs://namenode:8020/kuntadigi"), e.getMessage());
    }
}
